import { isBackfill } from '../../domain/quality/backfill.js';
import { BURST_WINDOW_MS, findBursts } from '../../domain/quality/burst.js';
import { findCopies } from '../../domain/quality/copy-paste.js';
import { isThinContent } from '../../domain/quality/thin-content.js';
import type { Finding } from './quality-finding.js';

/** An activity as the activity rules (Q3–Q6) see it. */
export type QualityActivity = {
  id: string;
  actorId: string;
  content: string;
  occurredAt: string;
  recordedAt: string;
  deletedAt: string | null;
  /** The import that made it: nobody entered it, so Q4–Q7 (how it was entered) leave it alone. */
  importJobId: string | null;
};

/** Entered by someone in Yardstick, not brought in by an import. */
const entered = (a: QualityActivity) => a.importJobId === null;

const finding = (
  rule: Finding['rule'],
  a: QualityActivity,
  detail: Record<string, unknown>,
): Finding => ({
  rule,
  entity: 'activity',
  recordId: a.id,
  field: null,
  userId: a.actorId,
  detail,
});

/** Q3: content shorter than 10 characters → the activity is invalid. */
export function thinFindings(activities: readonly QualityActivity[]): Finding[] {
  return activities
    .filter((a) => isThinContent(a.content))
    .map((a) => finding('Q3', a, { content: a.content }));
}

/** Q6: recorded more than 72 h after it occurred (flagged, still valid); never an imported one. */
export function backfillFindings(activities: readonly QualityActivity[]): Finding[] {
  return activities
    .filter(entered)
    .filter((a) => isBackfill(new Date(a.occurredAt), new Date(a.recordedAt)))
    .map((a) => {
      const hours = (Date.parse(a.recordedAt) - Date.parse(a.occurredAt)) / 3_600_000;
      return finding('Q6', a, {
        occurredAt: a.occurredAt,
        recordedAt: a.recordedAt,
        delayHours: Math.round(hours * 10) / 10,
      });
    });
}

const byRecorded = (a: QualityActivity, b: QualityActivity) =>
  a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * Q4 among ONE user's live activities (`pool`, which must hold every live activity of the user
 * recorded in the 168 h before each one to decide), for the ids in `decide`. The detail names the
 * copy it repeats: the latest earlier activity with the same normalised content. Imported
 * activities are neither copies nor originals: nobody typed them.
 */
export function copyPasteFindings(
  pool: readonly QualityActivity[],
  decide: ReadonlySet<string>,
): Finding[] {
  const live = pool.filter((a) => a.deletedAt === null && entered(a));
  const copies = findCopies(
    live.map((a) => ({ id: a.id, content: a.content, recordedAt: new Date(a.recordedAt) })),
  );
  const findings: Finding[] = [];
  for (const a of [...live].sort(byRecorded)) {
    const copyOf = copies.get(a.id);
    if (copyOf !== undefined && decide.has(a.id)) findings.push(finding('Q4', a, { copyOf }));
  }
  return findings;
}

/**
 * Q5 among ONE user's activities, deleted ones included: a burst is about how the records were
 * entered, and deleting one afterwards does not undo that. Each flagged activity's detail gives
 * the run of flagged activities it belongs to (neighbours less than 10 minutes apart): its first
 * and last recorded times and its size. Imported
 * activities, all recorded at the import's time, are no burst of anyone's.
 */
export function burstFindings(
  pool: readonly QualityActivity[],
  decide: ReadonlySet<string>,
): Finding[] {
  const flagged = new Set(
    findBursts(pool.filter(entered).map((a) => ({ id: a.id, recordedAt: new Date(a.recordedAt) }))),
  );
  const runs: QualityActivity[][] = [];
  for (const a of pool.filter((x) => flagged.has(x.id)).sort(byRecorded)) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && Date.parse(a.recordedAt) - Date.parse(last.recordedAt) < BURST_WINDOW_MS)
      run.push(a);
    else runs.push([a]);
  }
  return runs.flatMap((run) => {
    // The run by its bounds: listing its activities in every one of its flags cost 2 kB a flag.
    const detail = { from: run[0]?.recordedAt, to: run.at(-1)?.recordedAt, count: run.length };
    return run.filter((a) => decide.has(a.id)).map((a) => finding('Q5', a, detail));
  });
}

/**
 * The activities that a new activity brings into a burst: itself when it lands in one, and those
 * of `before` (the user's activities within 10 minutes of it, without it) that were in no burst
 * until it came. Those in a burst already were flagged when their burst formed, so a write in the
 * middle of a long run decides a few activities instead of the whole run (one near the edge of
 * `before` whose burst lies partly outside it may be decided again: its flag stands, nothing
 * changes).
 */
export function burstJoiners(before: readonly QualityActivity[], added: QualityActivity): string[] {
  const bursting = (pool: readonly QualityActivity[]) =>
    new Set(
      findBursts(
        pool.filter(entered).map((a) => ({ id: a.id, recordedAt: new Date(a.recordedAt) })),
      ),
    );
  const was = bursting(before);
  const is = bursting([...before, added]);
  return [...before, added]
    .filter((a) => a.deletedAt === null && is.has(a.id) && !was.has(a.id))
    .map((a) => a.id);
}
