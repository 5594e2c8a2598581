import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { withQuery } from '../../api/api-client';
import type { ReportDrill } from '../../api/reports-api';

const LIST_PATHS: Record<ReportDrill['entity'], string> = {
  lead: '/leads',
  customer: '/customers',
  opportunity: '/opportunities',
  contract: '/contracts',
  payment: '/payments',
  ticket: '/tickets',
  feedback: '/feedback',
};

/** The list page that shows exactly the records behind a figure. */
export const drillPath = (drill: ReportDrill) => withQuery(LIST_PATHS[drill.entity], drill.filter);

/** A figure that opens its records. */
export function DrillLink({
  drill,
  children,
  testId,
}: {
  drill: ReportDrill | null;
  children: ReactNode;
  testId?: string;
}) {
  if (!drill) return <>{children}</>;
  return (
    <Link to={drillPath(drill)} data-testid={testId}>
      {children}
    </Link>
  );
}
