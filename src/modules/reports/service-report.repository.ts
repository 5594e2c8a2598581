import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { millisecondsBetween } from '../../db/sql-time.js';
import type { FactContext } from '../metrics/metric-period.js';
import { firstResponseMinutesFacts } from '../metrics/facts/service.facts.js';
import {
  inReportWindow,
  ownedBy,
  type ReportOwners,
  type ReportWindow,
} from './reports.repository.js';

export type PersonValue = { userId: string; value: number };
export type PersonCount = { userId: string; count: number; of: number };

/**
 * First response minutes of the tickets created in the period, by their current assignee: the
 * facts of first_response_minutes themselves, narrowed to the report's owners.
 */
export async function firstResponseMinutes(
  executor: Executor,
  owners: ReportOwners,
  ctx: FactContext,
): Promise<PersonValue[]> {
  const result = await sql<{ userId: string; num: number | string }>`
    select f.user_id, f.num from (${firstResponseMinutesFacts(ctx)}) f where ${ownedBy('f.user_id', owners)}`.execute(
    executor,
  );
  return result.rows.map((r) => ({ userId: r.userId, value: Number(r.num) }));
}

/** Hours from creation to resolution of the tickets resolved in the period, by current assignee. */
export async function resolutionHours(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
  dialect: FactContext['dialect'],
): Promise<PersonValue[]> {
  const rows = await executor
    .selectFrom('tickets')
    .select([
      'tickets.assigneeId',
      sql<
        number | string
      >`(${millisecondsBetween(dialect, 'tickets.resolved_at', 'tickets.created_at')} / 3600000.0)`.as(
        'hours',
      ),
    ])
    .where('tickets.deletedAt', 'is', null)
    .where(inReportWindow(executor, owners, 'tickets.resolved_at', window.from, window))
    .where(ownedBy('tickets.assignee_id', owners))
    .execute();
  return rows.flatMap((r) =>
    r.assigneeId === null ? [] : [{ userId: r.assigneeId, value: Number(r.hours) }],
  );
}

/** Tickets resolved in the period with a 1–5 rating, by current assignee: rated 4 or 5 (count) of all rated (of). */
export async function csatByAssignee(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<PersonCount[]> {
  const rows = await executor
    .selectFrom('tickets')
    .select((eb) => [
      'tickets.assigneeId',
      sql<number | string>`sum(case when tickets.rating >= 4 then 1 else 0 end)`.as('satisfied'),
      eb.fn.countAll<number | string>().as('rated'),
    ])
    .where('tickets.deletedAt', 'is', null)
    .where(inReportWindow(executor, owners, 'tickets.resolved_at', window.from, window))
    .where(sql<boolean>`tickets.rating between 1 and 5`)
    .where(ownedBy('tickets.assignee_id', owners))
    .groupBy('tickets.assigneeId')
    .execute();
  return rows.flatMap((r) =>
    r.assigneeId === null
      ? []
      : [{ userId: r.assigneeId, count: Number(r.satisfied), of: Number(r.rated) }],
  );
}

/** Feedback items adopted by a decision in the period, by reporter. */
export async function adoptedFeedbackByReporter(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<PersonCount[]> {
  const rows = await executor
    .selectFrom('feedback')
    .select((eb) => ['feedback.reporterId', eb.fn.countAll<number | string>().as('n')])
    .where('feedback.deletedAt', 'is', null)
    .where('feedback.status', '=', 'adopted')
    .where(inReportWindow(executor, owners, 'feedback.decided_at', window.from, window))
    .where(ownedBy('feedback.reporter_id', owners))
    .groupBy('feedback.reporterId')
    .execute();
  return rows.map((r) => ({ userId: r.reporterId, count: Number(r.n), of: Number(r.n) }));
}
