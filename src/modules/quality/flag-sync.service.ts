import type { Executor } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { findingKey, type Evaluated, type Finding } from './quality-finding.js';
import * as flags from './quality-flags.repository.js';

export type SyncResult = {
  opened: number;
  resolved: number;
  /** Records that gained an open flag or lost one: their validity may have changed. */
  changedRecordIds: string[];
  /** The flags it opened, as stored. */
  openedFlags: flags.FlagRow[];
};

/**
 * Stores what one rule found on the records it decided, idempotently:
 * - a finding with an open flag of the same key (rule, record, Q1 field) changes nothing;
 * - a finding whose key a MANAGER cleared stays cleared: the same reason is not raised again;
 * - any other finding opens a flag (also after a system 'fixed' resolution: the problem is back);
 * - in 'sync' mode, an open flag on a decided record that is no longer found is resolved as
 *   fixed (cleared, cleared_by null, reason 'fixed'), so the history of the finding is kept.
 * `stored`, when the caller has read them already in this transaction: the state of every flag
 * of the rule on the decided records (more rows are ignored); otherwise they are read here.
 */
export async function syncFlags(
  executor: Executor,
  evaluated: Evaluated,
  findings: readonly Finding[],
  at: string,
  stored?: readonly flags.FlagState[],
): Promise<SyncResult> {
  if (evaluated.recordIds.length === 0)
    return { opened: 0, resolved: 0, changedRecordIds: [], openedFlags: [] };
  const decided = new Set(evaluated.recordIds);
  const existing: readonly flags.FlagState[] = stored
    ? stored.filter(
        (f) =>
          f.rule === evaluated.rule && f.entity === evaluated.entity && decided.has(f.recordId),
      )
    : await flags.findFlagsOf(executor, evaluated.rule, evaluated.entity, evaluated.recordIds);
  const open = new Map(existing.filter((f) => f.status === 'open').map((f) => [findingKey(f), f]));
  const keptClosed = new Set(
    existing.filter((f) => f.status === 'cleared' && f.clearedBy !== null).map(findingKey),
  );
  const found = new Set<string>();
  const inserts: flags.FlagRow[] = [];
  for (const f of findings) {
    const key = findingKey(f);
    if (found.has(key)) continue;
    found.add(key);
    if (open.has(key) || keptClosed.has(key)) continue;
    inserts.push({
      id: newId(),
      rule: f.rule,
      entity: f.entity,
      recordId: f.recordId,
      field: f.field,
      userId: f.userId,
      detail: JSON.stringify(f.detail),
      status: 'open',
      createdAt: at,
      clearedBy: null,
      clearedAt: null,
      clearedReason: null,
      announcedAt: null,
    });
  }
  const stale =
    evaluated.mode === 'sync'
      ? [...open.entries()]
          .filter(([key, f]) => decided.has(f.recordId) && !found.has(key))
          .map(([, f]) => f)
      : [];
  await flags.insertFlags(executor, inserts);
  await flags.resolveFlags(
    executor,
    stale.map((f) => f.id),
    at,
  );
  return {
    opened: inserts.length,
    resolved: stale.length,
    changedRecordIds: [...new Set([...inserts, ...stale].map((f) => f.recordId))],
    openedFlags: inserts,
  };
}
