import type { Executor } from '../../db/database.js';
import {
  isCreateThenDelete,
  isCreateThenDeleteUser,
} from '../../domain/quality/create-then-delete.js';
import { orgDay } from '../../domain/time/org-day.js';
import { periodBounds } from '../../domain/time/period.js';
import { newId } from '../../platform/ids.js';
import { orgZoneFromEnvironment } from './org-zone.js';
import * as flags from './quality-flags.repository.js';
import { deletedRecordsCreated, type DeletedRecord } from './quality-sources.repository.js';

/** An org-zone calendar month: its label ('2026-03') and its UTC bounds. */
export type Month = { label: string; from: string; before: string };

export function monthOf(instant: string, zone: string): Month {
  const period = periodBounds('month', new Date(instant), zone);
  return {
    label: orgDay(period.start, zone).slice(0, 7),
    from: period.start.toISOString(),
    before: period.end.toISOString(),
  };
}

function monthOfDetail(detail: string | null): string | null {
  if (detail === null) return null;
  try {
    const parsed: unknown = JSON.parse(detail);
    if (typeof parsed === 'object' && parsed !== null && 'month' in parsed)
      return typeof parsed.month === 'string' ? parsed.month : null;
  } catch {
    return null;
  }
  return null;
}

/**
 * Q7 for one user and one month, given the user's deleted records created that month: with ≥ 5
 * deleted within 24 h of creation, ONE open 'user' flag for the month, whose detail lists them
 * (kept up to date while it is open). A flag a manager cleared for that month stays cleared; a
 * new month is a new reason. Q7 flags only open: a deletion never un-happens.
 */
export async function reviewUserMonth(
  trx: Executor,
  userId: string,
  month: Month,
  deleted: readonly DeletedRecord[],
  at: string,
): Promise<void> {
  const hits = deleted.filter((r) =>
    isCreateThenDelete(new Date(r.createdAt), new Date(r.deletedAt)),
  );
  if (!isCreateThenDeleteUser(hits.length)) return;
  const detail = JSON.stringify({
    month: month.label,
    count: hits.length,
    records: hits.map((r) => ({ entity: r.entity, id: r.id })),
  });
  const existing = (await flags.findFlagsOf(trx, 'Q7', 'user', [userId])).filter(
    (f) => monthOfDetail(f.detail) === month.label,
  );
  if (existing.some((f) => f.status === 'cleared' && f.clearedBy !== null)) return;
  const open = existing.find((f) => f.status === 'open');
  if (open) {
    if (open.detail !== detail) await flags.updateFlagDetail(trx, open.id, detail);
    return;
  }
  await flags.insertFlags(trx, [
    {
      id: newId(),
      rule: 'Q7',
      entity: 'user',
      recordId: userId,
      field: null,
      userId,
      detail,
      status: 'open',
      createdAt: at,
      clearedBy: null,
      clearedAt: null,
      clearedReason: null,
      announcedAt: null,
    },
  ]);
}

/**
 * On a soft delete, inside the deleting transaction: when the record lived 24 h or less, the
 * creator's month (org zone, of the record's creation) is reviewed. The record itself needs no
 * note: deleted records count in no metric, and its deleted_at is the note.
 */
export async function checkDeletion(
  trx: Executor,
  record: { userId: string | null; createdAt: string; deletedAt: string },
  zone: string = orgZoneFromEnvironment(),
): Promise<void> {
  if (record.userId === null) return;
  if (!isCreateThenDelete(new Date(record.createdAt), new Date(record.deletedAt))) return;
  const month = monthOf(record.createdAt, zone);
  const deleted = await deletedRecordsCreated(trx, month, record.userId);
  await reviewUserMonth(trx, record.userId, month, deleted, record.deletedAt);
}
