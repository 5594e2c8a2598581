import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export type RecordLabel = {
  recordType: string;
  recordId: string;
  label: string;
  customerId: string | null;
};

/** Where a fact's record lives (snake_case SQL names), and which column names it for a person. */
const SOURCES: Record<string, { table: string; label: string; customer: string | null }> = {
  customer: { table: 'customers', label: 'name', customer: 'id' },
  activity: { table: 'activities', label: 'content', customer: 'customer_id' },
  opportunity: { table: 'opportunities', label: 'name', customer: 'customer_id' },
  plan: { table: 'follow_up_plans', label: 'note', customer: 'customer_id' },
  lead: { table: 'leads', label: 'company', customer: 'customer_id' },
  contract: { table: 'contracts', label: 'title', customer: 'customer_id' },
  payment: { table: 'payments', label: 'received_on', customer: null },
  ticket: { table: 'tickets', label: 'title', customer: 'customer_id' },
  feedback: { table: 'feedback', label: 'title', customer: 'customer_id' },
  cycle_result: { table: 'cycle_results', label: 'manager_comment', customer: null },
};

/** A readable label for each record behind an evidence list: one query per kind of record. */
export async function labelRecords(
  executor: Executor,
  records: readonly { recordType: string; recordId: string }[],
): Promise<Map<string, RecordLabel>> {
  const byType = new Map<string, string[]>();
  for (const r of records)
    byType.set(r.recordType, [...(byType.get(r.recordType) ?? []), r.recordId]);
  const labels = new Map<string, RecordLabel>();
  for (const [recordType, ids] of byType) {
    const source = SOURCES[recordType];
    if (!source) continue;
    const customer = source.customer ? sql.ref(source.customer) : sql`null`;
    const { rows } = await sql<{
      id: string;
      label: unknown;
      customerId: string | null;
    }>`select id, ${sql.ref(source.label)} as label, ${customer} as customer_id
      from ${sql.table(source.table)} where id in (${sql.join(ids)})`.execute(executor);
    for (const row of rows) {
      labels.set(`${recordType}:${row.id}`, {
        recordType,
        recordId: row.id,
        label: String(row.label ?? '').slice(0, 140),
        customerId: row.customerId,
      });
    }
  }
  return labels;
}
