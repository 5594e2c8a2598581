import type { Executor } from '../../db/database.js';
import { BURST_MIN_COUNT, BURST_WINDOW_MS } from '../../domain/quality/burst.js';
import { COPY_PASTE_WINDOW_MS } from '../../domain/quality/copy-paste.js';
import { contentKey } from '../../db/content-key.js';
import {
  refreshCustomerFollowUp,
  refreshOpportunityTouch,
} from '../activities/activities.repository.js';
import {
  backfillFindings,
  burstFindings,
  burstJoiners,
  copyPasteFindings,
  thinFindings,
  type QualityActivity,
} from './activity-rules.js';
import { checkDeletion } from './create-then-delete.service.js';
import { syncFlags } from './flag-sync.service.js';
import { activityQuality } from './activity-quality.js';
import { findingKey, type Finding } from './quality-finding.js';
import { findFlagStatesOf, type FlagRow, type FlagState } from './quality-flags.repository.js';
import { authorActivities, recomputeValidity } from './quality-sources.repository.js';

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Makes `valid` follow the open Q3/Q4 flags of the given activities, and re-derives the touch
 * columns (customer's last follow-up, opportunity's last touch) of those that changed, except
 * `skipTouchOf` whose writer refreshes them itself. The one place validity is decided.
 */
export async function settleValidity(
  trx: Executor,
  activityIds: readonly string[],
  skipTouchOf?: string,
): Promise<void> {
  const changed = await recomputeValidity(trx, activityIds);
  const others = changed.filter((a) => a.id !== skipTouchOf);
  for (const customerId of new Set(others.flatMap((a) => (a.customerId ? [a.customerId] : []))))
    await refreshCustomerFollowUp(trx, customerId);
  const opportunities = others.filter((a) => a.recordType === 'opportunity');
  for (const opportunityId of new Set(opportunities.map((a) => a.recordId)))
    await refreshOpportunityTouch(trx, opportunityId);
}

/**
 * Nearest neighbours a new activity's Q5 verdict reads, each side. The activities it can bring
 * into a burst lie within 9 places of it (a window of ten holding it), and whether each of those
 * was in a burst already shows within 9 places of that one: 19 find exactly those. Fewer would
 * also name some already in a burst (harmless: their flags stand, but each is looked up again).
 * A long run of entries thus costs a write 19 + 19 rows, not the whole run; the run a flag opened
 * here describes (its detail) is the one among these rows.
 */
const BURST_NEIGHBOURS = 2 * BURST_MIN_COUNT - 1;

/**
 * What the rules read of the author's activities around `activity`, whose texts before and after
 * the write are `contents`: for Q4 those within 168 h either side with one of these texts' content
 * keys — every activity whose copy verdict the write can change, and every earlier one those
 * verdicts compare with (other texts neither copy it nor are copied by it); for Q5, when `burst`,
 * the nearest within 10 minutes.
 */
const authorActivitiesAround = (
  trx: Executor,
  activity: QualityActivity,
  contents: readonly string[],
  burst: boolean,
) =>
  authorActivities(trx, activity.actorId, {
    copies: {
      keys: [...new Set(contents.map(contentKey))],
      from: shift(activity.recordedAt, -COPY_PASTE_WINDOW_MS),
      before: shift(activity.recordedAt, COPY_PASTE_WINDOW_MS + 1),
    },
    ...(burst
      ? {
          near: {
            at: activity.recordedAt,
            from: shift(activity.recordedAt, -BURST_WINDOW_MS),
            before: shift(activity.recordedAt, BURST_WINDOW_MS),
            count: BURST_NEIGHBOURS,
          },
        }
      : {}),
  });

/** The pool as it is once `activity` is written: its stored version (if any) replaced. */
const withWritten = (pool: readonly QualityActivity[], activity: QualityActivity) => [
  ...pool.filter((a) => a.id !== activity.id),
  activity,
];

type RuleOutcome = { rule: 'Q3' | 'Q4' | 'Q5' | 'Q6'; decide: string[]; findings: Finding[] };

/**
 * Q4 for the author's live activities whose verdict depends on `activity`: itself and those of
 * `pool` (its copy candidates) recorded with or after it — it may be, or may have been, their
 * earlier copy.
 */
function copies(pool: readonly QualityActivity[], activity: QualityActivity): RuleOutcome {
  const decide = pool
    .filter((a) => a.deletedAt === null && a.recordedAt >= activity.recordedAt)
    .map((a) => a.id);
  return { rule: 'Q4', decide, findings: copyPasteFindings(pool, new Set(decide)) };
}

async function checkCopies(trx: Executor, activity: QualityActivity, at: string) {
  const pool = (await authorActivitiesAround(trx, activity, [activity.content], false))
    .copyCandidates;
  const outcome = copies(pool, activity);
  await store(trx, outcome, at);
  return outcome.decide;
}

async function store(
  trx: Executor,
  outcome: RuleOutcome,
  at: string,
  stored?: readonly FlagState[],
) {
  // Q5 only opens flags here (the rest of the day is the bulk run's business).
  const mode = outcome.rule === 'Q5' ? 'open-only' : 'sync';
  return syncFlags(
    trx,
    { rule: outcome.rule, entity: 'activity', recordIds: outcome.decide, mode },
    outcome.findings,
    at,
    stored,
  );
}

/**
 * The quality rules' verdict on an activity about to be created or edited (`activity` as it will
 * be stored), decided before it is written so that the writer stores `valid` and `timely` in the
 * same statement: Q3 (thin) and Q4 (copy-paste) make it invalid unless a manager cleared that
 * finding; Q6 (backfill) and Q5 (burst, on creation: editing never moves recorded_at) only flag.
 * `recordVerdict` then stores the flags and settles the later copies whose verdict changed.
 * `previous` is the activity as stored before an edit (null for a new one): the copies of its old
 * text are decided again.
 */
export async function judgeActivity(
  trx: Executor,
  activity: QualityActivity,
  previous: QualityActivity | null,
): Promise<ActivityVerdict> {
  const self = [activity.id];
  const created = previous === null;
  const texts = created ? [activity.content] : [activity.content, previous.content];
  // Editing never moves recorded_at: only a new activity can make a burst.
  const { copyCandidates, neighbours } = await authorActivitiesAround(
    trx,
    activity,
    texts,
    created,
  );
  const outcomes: RuleOutcome[] = [
    { rule: 'Q3', decide: self, findings: thinFindings([activity]) },
    { rule: 'Q6', decide: self, findings: backfillFindings([activity]) },
    copies(withWritten(copyCandidates, activity), activity),
  ];
  if (created) {
    const before = neighbours.filter((a) => a.id !== activity.id);
    const decide = burstJoiners(before, activity);
    const pool = [...before, activity];
    outcomes.push({ rule: 'Q5', decide, findings: burstFindings(pool, new Set(decide)) });
  }
  // The stored flags of every rule on every record decided, in one read: the verdict below needs
  // those on the activity itself, `recordVerdict` the others (nothing writes flags in between).
  const stored = await findFlagStatesOf(
    trx,
    outcomes.map((o) => o.rule),
    'activity',
    outcomes.flatMap((o) => o.decide),
  );
  // As flag-sync.service stores them: a finding stays open if its flag is open, and is not raised
  // again if a manager cleared it; so it invalidates unless only a manager's clearing stands.
  const onSelf = stored.filter(
    (f) => f.recordId === activity.id && (f.rule === 'Q3' || f.rule === 'Q4'),
  );
  const flagged = (status: 'open' | 'cleared') =>
    new Set(
      onSelf
        .filter((f) => f.status === status && (status === 'open' || f.clearedBy !== null))
        .map((f) => `${f.rule}:${findingKey(f)}`),
    );
  const open = flagged('open');
  const clearedByManager = flagged('cleared');
  const invalidating = outcomes
    .filter((o) => o.rule === 'Q3' || o.rule === 'Q4')
    .flatMap((o) => o.findings)
    .filter((f) => f.recordId === activity.id)
    .map((f) => `${f.rule}:${findingKey(f)}`)
    .filter((key) => open.has(key) || !clearedByManager.has(key));
  return {
    valid: invalidating.length === 0 ? 1 : 0,
    // An imported activity was recorded by nobody: editing it never makes it late.
    timely: activity.importJobId === null ? activityQuality(activity).timely : 1,
    outcomes,
    stored,
  };
}

export type ActivityVerdict = {
  valid: 0 | 1;
  timely: 0 | 1;
  /** What each rule decided and found, for `recordVerdict`. */
  outcomes: readonly RuleOutcome[];
  /** The flags of the outcomes' rules on the records they decided, as judged. */
  stored: readonly FlagState[];
};

/**
 * Stores a verdict's flags in the writer's transaction, after the activity was written with
 * the verdict's `valid`, and settles the validity of the later copies whose verdict changed.
 * Returns the flags it opened on the activity itself, in rule order: for a new activity (which
 * had none), all of its open flags.
 */
export async function recordVerdict(
  trx: Executor,
  activity: QualityActivity,
  verdict: ActivityVerdict,
  at: string,
): Promise<FlagRow[]> {
  const opened: FlagRow[] = [];
  for (const outcome of verdict.outcomes)
    opened.push(...(await store(trx, outcome, at, verdict.stored)).openedFlags);
  const others = verdict.outcomes
    .filter((o) => o.rule === 'Q4')
    .flatMap((o) => o.decide)
    .filter((id) => id !== activity.id);
  await settleValidity(trx, others);
  return opened
    .filter((f) => f.recordId === activity.id)
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/**
 * After an activity is deleted: a later copy of it may now be the first of its text (Q4). Its own
 * flags stay as they were (a deleted activity counts nowhere). Q5 ignores deletions. Q7: an
 * activity's creation is its recorded_at, its creator its author.
 */
export async function checkActivityDelete(
  trx: Executor,
  activity: QualityActivity,
  at: string,
): Promise<void> {
  const decided = await checkCopies(trx, activity, at);
  await settleValidity(trx, decided);
  await checkDeletion(trx, {
    // An imported activity was created by nobody: deleting it is no one's create-then-delete.
    userId: activity.importJobId === null ? activity.actorId : null,
    createdAt: activity.recordedAt,
    deletedAt: at,
  });
}
