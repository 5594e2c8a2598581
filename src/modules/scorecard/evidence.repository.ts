import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export type RecordLabel = {
  recordType: string;
  recordId: string;
  label: string;
  customerId: string | null;
  /** For a change: the record it changed (the opportunity of a stage change, …). */
  parent: { recordType: string; recordId: string } | null;
  /** For a change: the move, as stored (stage ids, customer statuses). */
  change: { from: string | null; to: string } | null;
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

/**
 * Changes are named by the record they changed, and carry the move: a stage change by its
 * opportunity (stage ids), a customer status change by its customer (statuses).
 */
const CHANGES: Record<
  string,
  {
    table: string;
    parent: string;
    parentTable: string;
    parentKey: string;
    from: string;
    to: string;
    customer: string;
  }
> = {
  stage_change: {
    table: 'stage_changes',
    parent: 'opportunity',
    parentTable: 'opportunities',
    parentKey: 'opportunity_id',
    from: 'from_stage_id',
    to: 'to_stage_id',
    customer: 'customer_id',
  },
  customer_status_change: {
    table: 'customer_status_changes',
    parent: 'customer',
    parentTable: 'customers',
    parentKey: 'customer_id',
    from: 'from_status',
    to: 'to_status',
    customer: 'id',
  },
};

async function labelChanges(
  executor: Executor,
  recordType: string,
  ids: readonly string[],
): Promise<RecordLabel[]> {
  const source = CHANGES[recordType];
  if (!source) return [];
  const { rows } = await sql<{
    id: string;
    parentId: string;
    label: string;
    customerId: string | null;
    changeFrom: string | null;
    changeTo: string;
  }>`select x.id, p.id as parent_id, p.name as label, p.${sql.ref(source.customer)} as customer_id,
      x.${sql.ref(source.from)} as change_from, x.${sql.ref(source.to)} as change_to
    from ${sql.table(source.table)} x join ${sql.table(source.parentTable)} p on p.id = x.${sql.ref(source.parentKey)}
    where x.id in (${sql.join(ids)})`.execute(executor);
  return rows.map((row) => ({
    recordType,
    recordId: row.id,
    label: row.label.slice(0, 140),
    customerId: row.customerId,
    parent: { recordType: source.parent, recordId: row.parentId },
    change: { from: row.changeFrom, to: row.changeTo },
  }));
}

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
    for (const change of await labelChanges(executor, recordType, ids))
      labels.set(`${recordType}:${change.recordId}`, change);
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
        parent: null,
        change: null,
      });
    }
  }
  return labels;
}
