import type { Executor } from '../../db/database.js';
import {
  inReportWindow,
  ownedBy,
  type ReportOwners,
  type ReportWindow,
} from './reports.repository.js';

export type ClosedOpportunityRow = {
  id: string;
  ownerId: string;
  status: 'won' | 'lost';
  amountCents: number;
  closeReason: string | null;
  customerSource: string | null;
  customerIndustry: string | null;
};

/** Opportunities won or lost today whose closing change took effect in the period (METRICS.md "Win/loss"). */
export async function closedOpportunities(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<ClosedOpportunityRow[]> {
  const rows = await executor
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customerId')
    .select([
      'opportunities.id',
      'opportunities.ownerId',
      'opportunities.status',
      'opportunities.amountCents',
      'opportunities.closeReason',
      'customers.source as customerSource',
      'customers.industry as customerIndustry',
    ])
    .where('opportunities.deletedAt', 'is', null)
    .where('opportunities.status', 'in', ['won', 'lost'])
    .where(inReportWindow(executor, owners, 'opportunities.closed_at', window.from, window))
    .where(ownedBy('opportunities.owner_id', owners))
    .execute();
  return rows.flatMap((r) =>
    r.status === 'open' ? [] : [{ ...r, status: r.status, amountCents: Number(r.amountCents) }],
  );
}
