import { useQuery } from '@tanstack/react-query';
import { listPlans } from '../../api/activities-api';
import { CUSTOMER_KEY_FIELDS } from '../../api/crm-types';
import { countMissing } from '../../api/customers-api';
import type { WorkbenchHint } from '../../api/scorecard-api';
import { useStaleOpportunities } from './stale-opportunities';

/**
 * The next steps that would raise my score, largest first. Until `GET /api/v1/workbench/hints`
 * exists they are computed here from list totals.
 */
export function useWorkbenchHints(ownerId: string) {
  const stale = useStaleOpportunities(ownerId);
  const counted = useQuery({
    queryKey: ['workbench', 'hints', ownerId],
    queryFn: async (): Promise<WorkbenchHint[]> => {
      const [overdue, ...missing] = await Promise.all([
        listPlans({ scope: 'overdue', ownerId, pageSize: 1 }).then((page) => page.total),
        ...CUSTOMER_KEY_FIELDS.map((field) => countMissing(ownerId, field)),
      ]);
      return [
        { kind: 'overdue_plans', count: overdue ?? 0 },
        ...CUSTOMER_KEY_FIELDS.map((field, index): WorkbenchHint => ({
          kind: 'missing_field',
          field,
          count: missing[index] ?? 0,
        })),
      ];
    },
  });
  const hints: WorkbenchHint[] = [
    ...(counted.data ?? []),
    { kind: 'stale_opportunities', count: stale.data?.length ?? 0 },
  ];
  return {
    isPending: counted.isPending || stale.isPending,
    error: counted.error ?? stale.error,
    hints: hints.filter((hint) => hint.count > 0),
  };
}
