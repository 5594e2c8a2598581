import type { Db } from '../../db/database.js';
import { startOfOrgDay } from '../../domain/time/org-day.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadCustomer } from '../customers/customers.service.js';
import { mergeTimeline, type TimelineItem, type TimelineKind } from './timeline-merge.js';
import { timelineQueries, type TimelineRow } from './timeline.repository.js';

const DATE_ONLY_KINDS = new Set<TimelineKind>(['contract', 'payment']);
const SUMMARY_LENGTH = 200;

function toItem(kind: TimelineKind, row: TimelineRow, zone: string): TimelineItem {
  const allDay = DATE_ONLY_KINDS.has(kind);
  return {
    kind,
    id: row.id,
    at: allDay ? startOfOrgDay(row.at, zone).toISOString() : row.at,
    allDay,
    title: row.title,
    summary: row.summary === null ? null : row.summary.slice(0, SUMMARY_LENGTH),
    actorId: row.actorId,
    refId: row.refId,
    amountCents: row.amountCents === null ? null : Number(row.amountCents),
    currency: row.currency,
  };
}

/** A page of everything that happened with a customer the actor may read, newest first. */
export async function customerTimeline(
  db: Db,
  actor: Actor,
  customerId: string,
  page: { page: number; pageSize: number },
  zone: string,
) {
  await loadCustomer(db, actor, customerId, 'read');
  const { limit, offset } = pageWindow(page);
  const queries = timelineQueries(db.kysely, customerId, offset + limit);
  const kinds = Object.keys(queries) as TimelineKind[];
  const results = await Promise.all(kinds.map((kind) => queries[kind]));
  const lists = kinds.map((kind, i) => (results[i] ?? []).map((row) => toItem(kind, row, zone)));
  // Each query has no offset, so a kind with rows reports its full count on every row.
  const total = results.reduce((sum, rows) => sum + Number(rows[0]?.total ?? 0), 0);
  return { items: mergeTimeline(lists, offset, limit), total };
}
