import { sql, type RawBuilder } from 'kysely';
import { holdingFor } from '../../../db/planner-hints.js';
import { keyFieldsFilled } from '../../../db/customer-field-filled.js';
import {
  filledColumn,
  hasKeyLevel,
  keyCustomerNow,
  summedCustomer,
} from '../../../db/customer-owner-totals.js';
import { dateParam } from '../../../db/sql-time.js';
import { nextDay, startOfOrgDay } from '../../../domain/time/org-day.js';
import { countsAsPlan } from '../../../db/plan-day-totals.js';
import type { OpportunityStatus } from '../../../db/tables/crm.table.js';
import type { FactContext, FactRow, Facts, FactSumRow } from '../metric-period.js';
import {
  daysBefore,
  existedAtEnd,
  ofSubjectsOnly,
  openAt,
  ownedAtEnd,
  ownedAtEndParts,
  ts,
} from './fact-helpers.facts.js';
import {
  dayCountedFacts,
  recordedActivityRows,
  wholeDaysOf,
  type FactRowsIn,
} from './day-totals.facts.js';
import {
  countsAsContact,
  countsAsTimedEvent,
  validActivity,
} from '../../../db/activity-day-totals.js';

/** Valid contact activities that happened in [from, to), each one fact of a count. */
const contactRows: FactRowsIn = (from, to) =>
  sql<FactRow>`select a.actor_id as user_id, 'activity' as record_type, a.id as record_id,
      a.occurred_at as at, 1 as num, 0 as den
    from activities a where a.occurred_at >= ${from} and a.occurred_at < ${to} and ${countsAsContact('a')}`;

/**
 * activity_frequency: valid contact activities created by u with occurred_at in P (per working
 * week, in the service). Summed from the day totals for P's whole days (dayCountedFacts).
 */
export function activityFrequencyFacts(ctx: FactContext): Facts {
  const activities = dayCountedFacts(
    ctx,
    contactRows,
    { table: 'activity_day_totals', num: 'contacts', items: 'contacts' },
    0,
  );
  return { rows: [activities.rows], sums: activities.sums };
}

/**
 * update_timeliness: timed events recorded by u in P — activities, stage changes, customer status
 * changes, payments — each timely when recorded within 24 h of when it happened (stored at write).
 * An opportunity's creation row (no stage before it) is not a change. Imported activities and
 * payments (import_job_id set) were recorded by nobody and are no timed events. The activities
 * are summed from the day totals for P's whole days (dayCountedFacts).
 */
export function updateTimelinessFacts(ctx: FactContext): Facts {
  const from = ts(ctx, ctx.start);
  const to = ts(ctx, ctx.end);
  const activities = dayCountedFacts(
    ctx,
    recordedActivityRows('timely', countsAsTimedEvent),
    { table: 'activity_day_totals', num: 'timely', items: 'events' },
    1,
  );
  const others = [
    sql<FactRow>`select s.actor_id as user_id, 'stage_change' as record_type, s.id as record_id, s.recorded_at as at, s.timely as num, 1 as den
      from stage_changes s where s.recorded_at >= ${from} and s.recorded_at < ${to} and s.actor_id is not null
        and (s.from_stage_id is not null or s.from_status is not null)`,
    sql<FactRow>`select c.actor_id as user_id, 'customer_status_change' as record_type, c.id as record_id, c.recorded_at as at, c.timely as num, 1 as den
      from customer_status_changes c where c.recorded_at >= ${from} and c.recorded_at < ${to} and c.actor_id is not null`,
    sql<FactRow>`select p.created_by as user_id, 'payment' as record_type, p.id as record_id, p.recorded_at as at, p.timely as num, 1 as den
      from payments p where p.recorded_at >= ${from} and p.recorded_at < ${to} and p.deleted_at is null and p.created_by is not null and p.import_job_id is null`,
  ];
  return { rows: [activities.rows, ...others], sums: [...activities.sums, ...others] };
}

/**
 * plan_execution: plans owned by u with due_at in P, unless deleted while their window was open;
 * done when a valid activity on the same record occurred within [due_at − 24 h, due_at + 24 h] —
 * as it stands now, so an activity later found invalid no longer completes the plan. That
 * decision is stored on the plan (`executed`, kept by triggers: src/db/plan-execution.ts). Summed
 * from the owners' plan day totals for P's whole days (dayCountedFacts).
 */
export function planExecutionFacts(ctx: FactContext): Facts {
  const planRows: FactRowsIn = (from, to) =>
    sql<FactRow>`select p.owner_id as user_id, 'plan' as record_type, p.id as record_id, p.due_at as at, p.executed as num, 1 as den
      from follow_up_plans p where p.due_at >= ${from} and p.due_at < ${to} and ${countsAsPlan(ctx.dialect, 'p')}`;
  const plans = dayCountedFacts(
    ctx,
    planRows,
    { table: 'plan_day_totals', num: 'executed', items: 'plans' },
    1,
  );
  return { rows: [plans.rows], sums: plans.sums };
}

/** What the customer metrics read of a customer. */
const CUSTOMER_COLUMNS = [
  'id',
  'created_at',
  'level',
  'last_follow_up_at',
  'placeholder_fields',
  'filled_fields',
  'open_opportunities',
  'opportunities_changed_at',
];

/**
 * Whether customer `c` has an opportunity open at `end`: its stored count of open ones when none
 * of them has changed since before `end` (src/db/customer-open-opportunities.ts), else their
 * own answers. Looked up as a scalar sub-query, not `exists`: PostgreSQL may answer an `exists`
 * under `or` by hashing every opportunity of the company, each with its status at `end`.
 */
function hasOpenOpportunityAtEnd(ctx: FactContext) {
  const end = ts(ctx, ctx.end);
  const lookedUp = sql`(select 1 from opportunities o where o.customer_id = c.id and o.created_at < ${end}
      and ${existedAtEnd(ctx, 'opportunity')} and ${openAt(ctx, 'o', ctx.end)}
      limit 1) is not null`;
  return sql`(case when c.opportunities_changed_at is null then 0
      when c.opportunities_changed_at < ${end} then c.open_opportunities
      when ${lookedUp} then 1 else 0 end) > 0`;
}

/**
 * Whether a record was touched in [from, to), from the latest touch stored on it (`latest`: a
 * customer's last follow-up, an opportunity's last touch, kept at every write: METRICS.md) where
 * that alone decides — before `from` (or none): no; before `to`: yes — and from `touches`, the rows
 * themselves, only when the latest touch is at or after `to` (a past period, a future-dated row).
 */
function touchedBetween(
  latest: string,
  from: RawBuilder<unknown>,
  to: RawBuilder<unknown>,
  touches: RawBuilder<unknown>,
): RawBuilder<number> {
  const column = sql.ref(latest);
  return sql<number>`(case when ${column} is null or ${column} < ${from} then 0
    when ${column} < ${to} then 1 when ${touches} then 1 else 0 end)`;
}

/** How long after a period's end its follow-up coverage is still added up from the day totals. */
const COVERAGE_FROM_TOTALS_MS = 86_400_000;

/**
 * follow_up_coverage: customers owned by u at end that are level A or B or have an open
 * opportunity; covered when a valid activity on the customer (or its opportunities) occurred in
 * [end − 30 days, end). Level is the customer's current level. A period scored less than a day
 * after its end (a live scorecard) is added up from the owners' key customers
 * (src/db/customer-owner-totals.ts) and their days of last follow-up
 * (src/db/key-customer-day-totals.ts), put right one by one for the customers whose stored answer
 * may differ (docs/METRICS.md); later, most key customers have been followed up since the end and
 * the customers are read themselves.
 */
export function followUpCoverageFacts(ctx: FactContext): Facts {
  const windowStart = daysBefore(ctx.end, 30);
  const from = ts(ctx, windowStart);
  const to = ts(ctx, ctx.end);
  const activity = sql`exists (select 1 from activities a where a.customer_id = c.id and ${validActivity('a')}
      and a.occurred_at >= ${from} and a.occurred_at < ${to})`;
  const covered = touchedBetween('c.last_follow_up_at', from, to, activity);
  const keyAtEnd = sql<boolean>`(${hasKeyLevel('c')} or ${hasOpenOpportunityAtEnd(ctx)})`;
  const factsOf = (customers: RawBuilder<unknown>) =>
    sql<FactRow>`select c.owner_id as user_id, 'customer' as record_type, c.id as record_id, c.created_at as at,
      ${covered} as num, 1 as den
    from ${customers} where ${keyAtEnd}`;
  const rows = factsOf(ownedAtEnd(ctx, 'customer', CUSTOMER_COLUMNS));
  const days = wholeDaysOf(ctx, windowStart, ctx.end);
  // The days added up: the window's whole days, and the day of `end` when `end` falls inside it
  // (today, for a live card: its follow-ups after `end` are put right below, and there are none).
  const lastDay = days.to < ctx.end ? nextDay(days.end) : days.end;
  const scoredSoonAfter = Date.parse(ctx.scoredAt) - Date.parse(ctx.end) < COVERAGE_FROM_TOTALS_MS;
  if (!scoredSoonAfter || ctx.dayTotalsZone !== ctx.zone || days.first >= days.end) return rows;
  // The live customers owned now whose stored answer may not be the definition's, each kind found
  // by an index range: their stored contributions are taken away again and their facts counted.
  const wholeFrom = ts(ctx, days.from);
  const storedTo = ts(ctx, startOfOrgDay(lastDay, ctx.zone).toISOString());
  const lastFollowUp = sql.ref('c.last_follow_up_at');
  const sinceEnd = (column: string) =>
    holdingFor(ctx.dialect, 'few rows', sql<boolean>`${sql.ref(column)} >= ${to}`);
  const mayDiffer = [
    sinceEnd('c.owner_since'),
    sinceEnd('c.opportunities_changed_at'),
    sinceEnd('c.last_follow_up_at'),
    ...(days.from > windowStart
      ? [sql`${lastFollowUp} >= ${from} and ${lastFollowUp} < ${wholeFrom}`]
      : []),
  ].map(
    (range) => sql`select c.id from customers c
      where c.deleted_at is null and c.owner_id is not null ${ofSubjectsOnly(ctx, 'c.owner_id')} and ${range}`,
  );
  const suspect = sql<boolean>`c.id in (${sql.join(mayDiffer, sql` union `)})`;
  const storedCovered = sql`(case when ${lastFollowUp} >= ${wholeFrom} and ${lastFollowUp} < ${storedTo} then 1 else 0 end)`;
  const stored = sql<FactSumRow>`select t.owner_id as user_id, 0 as num, t.key_customers as den, t.key_customers as items
      from customer_owner_totals t where t.key_customers <> 0 ${ofSubjectsOnly(ctx, 't.owner_id')}
    union all
    select t.owner_id as user_id, t.customers as num, 0 as den, 0 as items
      from key_customer_day_totals t
      where t.day >= ${dateParam(ctx.dialect, days.first)} and t.day < ${dateParam(ctx.dialect, lastDay)}
        ${ofSubjectsOnly(ctx, 't.owner_id')}
    union all
    select c.owner_id as user_id, -${storedCovered} as num, -1 as den, -1 as items
      from customers c where ${suspect} and ${keyCustomerNow('c')}`;
  const parts = ownedAtEndParts(ctx, 'customer', CUSTOMER_COLUMNS);
  const counted = sql`(${parts.kept(suspect)} union all ${parts.kept(sql`c.deleted_at is not null`)}
    union all ${parts.passedOn()}) c`;
  return { rows: [rows], sums: [{ totals: stored }, factsOf(counted)] };
}

/** Every status but open, spelled out for an index range; a new status fails to compile here. */
const CLOSED_STATUSES = Object.keys({ won: true, lost: true } satisfies Record<
  Exclude<OpportunityStatus, 'open'>,
  true
>);

/**
 * stale_pipeline: opportunities open at end and owned by u at end; stale when neither a valid
 * activity on the opportunity nor a stage change happened in [end − 14 days, end). Of those their
 * owner has kept, only the ones open now or touched since `end` are read: one closed now and last
 * touched before `end` was closed at `end` too (openAt), and most of a person's deals are closed.
 */
export function stalePipelineFacts(ctx: FactContext): RawBuilder<FactRow> {
  const from = ts(ctx, daysBefore(ctx.end, 14));
  const to = ts(ctx, ctx.end);
  const touches = sql`(exists (select 1 from activities a where a.record_type = 'opportunity' and a.record_id = o.id and ${validActivity('a')}
        and a.occurred_at >= ${from} and a.occurred_at < ${to})
      or exists (select 1 from stage_changes s where s.opportunity_id = o.id and s.effective_at >= ${from} and s.effective_at < ${to}))`;
  const parts = ownedAtEndParts(ctx, 'opportunity', [
    'id',
    'created_at',
    'last_touched_at',
    'status',
  ]);
  const closedNow = sql`o.status in (${sql.join(CLOSED_STATUSES.map((status) => sql.lit(status)))})`;
  const owned = sql.join(
    [
      parts.kept(sql`o.status = 'open'`),
      parts.kept(sql`${closedNow} and o.last_touched_at >= ${to}`),
      parts.kept(sql`${closedNow} and o.last_touched_at is null`),
      parts.passedOn(),
    ],
    sql` union all `,
  );
  return sql<FactRow>`select o.owner_id as user_id, 'opportunity' as record_type, o.id as record_id, o.created_at as at,
      1 - ${touchedBetween('o.last_touched_at', from, to, touches)} as num, 1 as den
    from (${owned}) o where o.created_at < ${to} and ${openAt(ctx, 'o', ctx.end)}`;
}

/**
 * profile_completeness: over customers owned by u at end, the key fields that are filled — set,
 * not blank, and not carrying an open placeholder flag (Q1). Field values are the current ones.
 * Summed from the owners' stored totals (src/db/customer-owner-totals.ts) of the customers they
 * own now, less those they have owned only since `end`, plus, one by one, those deleted at or
 * after `end` and those passed on since `end`.
 */
export function profileCompletenessFacts(ctx: FactContext): Facts {
  const keyFields = sql.lit(ctx.keyFields.length);
  const factsFrom = (customers: RawBuilder<unknown>) =>
    sql<FactRow>`select c.owner_id as user_id, 'customer' as record_type, c.id as record_id, c.created_at as at,
      ${keyFieldsFilled('c', ctx.keyFields)} as num, ${keyFields} as den
    from ${customers}`;
  const parts = ownedAtEndParts(ctx, 'customer', CUSTOMER_COLUMNS);
  const filled = sql.join(
    ctx.keyFields.map((field) => sql.ref(`t.${filledColumn(field)}`)),
    sql` + `,
  );
  const owners = sql<FactSumRow>`select t.owner_id as user_id, ${filled} as num, t.customers * ${keyFields} as den,
      t.customers as items
    from customer_owner_totals t where t.customers <> 0 ${ofSubjectsOnly(ctx, 't.owner_id')}`;
  const ownedSinceEnd = sql<FactSumRow>`select c.owner_id as user_id, -${keyFieldsFilled('c', ctx.keyFields)} as num,
      -${keyFields} as den, -1 as items
    from customers c where ${summedCustomer('c')} and c.owner_since >= ${ts(ctx, ctx.end)} ${ofSubjectsOnly(ctx, 'c.owner_id')}`;
  const deletedSinceEnd = parts.kept(sql`c.deleted_at is not null`);
  return {
    rows: [factsFrom(ownedAtEnd(ctx, 'customer', CUSTOMER_COLUMNS))],
    sums: [
      { totals: owners },
      { totals: ownedSinceEnd },
      factsFrom(sql`(${deletedSinceEnd}) c`),
      factsFrom(sql`(${parts.passedOn()}) c`),
    ],
  };
}
