import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * `stage_changes.superseded_at`: for a change of an opportunity's status (a closing, a reopening,
 * its creation), the instant the opportunity's next change of status took effect — the next in the
 * order of `effective_at`, then `recorded_at`, then `id` — or null while it is the latest. A
 * closing effective before `end` is the opportunity's latest change of status before `end` exactly
 * when it was superseded at or after `end` or not at all, so that win_rate and avg_deal_cycle_days
 * read it off the closing itself instead of looking the opportunity's changes up for each closing
 * (docs/METRICS.md). A move between two stages of one status is no change of status and keeps
 * none. Triggers on stage changes decide it again for every change of the opportunities a written
 * change belongs and belonged to, in the same transaction as every write, whoever writes. Changing
 * what the triggers do needs a migration that drops and creates them again and decides every
 * change anew.
 */

const column = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/** The change `alias` changes the opportunity's status (its creation row has no status before). */
export function changesStatus(alias: string): RawBuilder<boolean> {
  return sql<boolean>`(${column(alias, 'from_status')} is null or ${column(alias, 'from_status')} <> ${column(alias, 'to_status')})`;
}

/** Sets `superseded_at` of the changes `where` picks (the table unaliased: `stage_changes`). */
function decideChanges(where: RawBuilder<unknown>): RawBuilder<unknown> {
  const s = 'stage_changes';
  const later = sql`(n.effective_at > ${column(s, 'effective_at')}
    or (n.effective_at = ${column(s, 'effective_at')} and (n.recorded_at > ${column(s, 'recorded_at')}
      or (n.recorded_at = ${column(s, 'recorded_at')} and n.id > ${column(s, 'id')}))))`;
  return sql`update stage_changes set superseded_at = (case when ${changesStatus(s)} then
      (select min(n.effective_at) from stage_changes n
        where n.opportunity_id = stage_changes.opportunity_id and ${changesStatus('n')} and ${later})
      end)
    ${where};`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  {
    name: 'stage_changes_superseded_insert',
    table: 'stage_changes',
    event: 'insert',
    rows: ['new'],
  },
  {
    name: 'stage_changes_superseded_update',
    table: 'stage_changes',
    event: 'update',
    watched: ['opportunity_id', 'effective_at', 'recorded_at', 'from_status', 'to_status'],
    rows: ['old', 'new'],
  },
  {
    name: 'stage_changes_superseded_delete',
    table: 'stage_changes',
    event: 'delete',
    rows: ['old'],
  },
];

/** Decides every change anew, in one statement. */
export async function refreshStageChangeSuperseded(db: QueryExecutorProvider): Promise<void> {
  await decideChanges(sql``).execute(db);
}

/**
 * The triggers that keep the column (see above); `withStageChangeSupersededAfter` runs a bulk load
 * of stage changes without them, then decides every change in one statement.
 */
export const {
  create: createStageChangeSupersededTriggers,
  drop: dropStageChangeSupersededTriggers,
  settledAfter: withStageChangeSupersededAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger) => {
    const opportunities = trigger.rows.map((row) => sql.raw(`${row}.opportunity_id`));
    return decideChanges(sql`where opportunity_id in (${sql.join(opportunities)})`);
  },
  refreshStageChangeSuperseded,
);
