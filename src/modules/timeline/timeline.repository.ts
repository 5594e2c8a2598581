import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { TimelineItem, TimelineKind } from './timeline-merge.js';

/** One event of a customer's timeline as a query returns it, with the total of its kind. */
export type TimelineRow = Omit<TimelineItem, 'kind' | 'allDay'> & { total: number };

/** Where a kind kept in one table with customer_id and deleted_at finds each timeline field (snake_case columns). */
type SingleTableKind = {
  table: 'activities' | 'contracts' | 'tickets' | 'feedback';
  at: string;
  title: string;
  summary: string;
  actor: string;
  ref: string | null;
  amount: string | null;
  currency: string | null;
};

const SINGLE_TABLE_KINDS: Record<'activity' | 'contract' | 'ticket' | 'feedback', SingleTableKind> =
  {
    activity: {
      table: 'activities',
      at: 'occurred_at',
      title: 'type',
      summary: 'content',
      actor: 'actor_id',
      ref: 'record_id',
      amount: null,
      currency: null,
    },
    contract: {
      table: 'contracts',
      at: 'signed_on',
      title: 'title',
      summary: 'number',
      actor: 'created_by',
      ref: 'opportunity_id',
      amount: 'amount_cents',
      currency: 'currency',
    },
    ticket: {
      table: 'tickets',
      at: 'created_at',
      title: 'title',
      summary: 'status',
      actor: 'created_by',
      ref: null,
      amount: null,
      currency: null,
    },
    feedback: {
      table: 'feedback',
      at: 'created_at',
      title: 'title',
      summary: 'status',
      actor: 'reporter_id',
      ref: 'ticket_id',
      amount: null,
      currency: null,
    },
  };

const columnOrNull = (column: string | null): RawBuilder<unknown> =>
  column === null ? sql`null` : sql.ref(column);

/**
 * The newest `limit` events of one single-table kind. Column names come from the constant map
 * above, never from input; the customer id and the limit are bound parameters.
 */
async function singleTableKind(
  executor: Executor,
  k: SingleTableKind,
  customerId: string,
  limit: number,
): Promise<TimelineRow[]> {
  const result = await sql<TimelineRow>`
    select id, ${sql.ref(k.at)} as at, ${sql.ref(k.title)} as title, ${sql.ref(k.summary)} as summary,
      ${sql.ref(k.actor)} as actor_id, ${columnOrNull(k.ref)} as ref_id, ${columnOrNull(k.amount)} as amount_cents,
      ${columnOrNull(k.currency)} as currency, count(*) over () as total
    from ${sql.table(k.table)}
    where customer_id = ${customerId} and deleted_at is null
    order by ${sql.ref(k.at)} desc, id desc
    limit ${limit}`.execute(executor);
  return result.rows;
}

const totalOfKind = sql<number>`count(*) over ()`;

/**
 * The newest `limit` events of each kind for one customer: one query per kind, each carrying the
 * count of its kind (a window function, so no second query), whatever the number of records.
 */
export function timelineQueries(
  executor: Executor,
  customerId: string,
  limit: number,
): Record<TimelineKind, Promise<TimelineRow[]>> {
  return {
    activity: singleTableKind(executor, SINGLE_TABLE_KINDS.activity, customerId, limit),
    contract: singleTableKind(executor, SINGLE_TABLE_KINDS.contract, customerId, limit),
    ticket: singleTableKind(executor, SINGLE_TABLE_KINDS.ticket, customerId, limit),
    feedback: singleTableKind(executor, SINGLE_TABLE_KINDS.feedback, customerId, limit),
    stage_change: executor
      .selectFrom('stageChanges')
      .innerJoin('opportunities', 'opportunities.id', 'stageChanges.opportunityId')
      .innerJoin('pipelineStages', 'pipelineStages.id', 'stageChanges.toStageId')
      .select([
        'stageChanges.id',
        'stageChanges.effectiveAt as at',
        'opportunities.name as title',
        'stageChanges.actorId',
        'opportunities.id as refId',
      ])
      .select([
        sql<string>`${sql.ref('pipeline_stages.name_zh')} || ' / ' || ${sql.ref('pipeline_stages.name_en')}`.as(
          'summary',
        ),
        'opportunities.amountCents',
        'opportunities.currency',
        totalOfKind.as('total'),
      ])
      .where('opportunities.customerId', '=', customerId)
      .where('opportunities.deletedAt', 'is', null)
      .orderBy('stageChanges.effectiveAt', 'desc')
      .orderBy('stageChanges.id', 'desc')
      .limit(limit)
      .execute(),
    payment: executor
      .selectFrom('payments')
      .innerJoin('contracts', 'contracts.id', 'payments.contractId')
      .select([
        'payments.id',
        'payments.receivedOn as at',
        'contracts.title',
        'payments.method as summary',
        'payments.createdBy as actorId',
        'contracts.id as refId',
        'payments.amountCents',
        'contracts.currency',
      ])
      .select(totalOfKind.as('total'))
      .where('contracts.customerId', '=', customerId)
      .where('contracts.deletedAt', 'is', null)
      .where('payments.deletedAt', 'is', null)
      .orderBy('payments.receivedOn', 'desc')
      .orderBy('payments.id', 'desc')
      .limit(limit)
      .execute(),
  };
}
