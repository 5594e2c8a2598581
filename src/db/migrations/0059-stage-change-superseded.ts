import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import {
  createStageChangeSupersededTriggers,
  refreshStageChangeSuperseded,
} from '../stage-change-superseded.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * win_rate and avg_deal_cycle_days without looking each closing's opportunity's changes up: every
 * change of status stores when it was superseded (kept by triggers on stage changes:
 * stage-change-superseded.ts), and the index of changes by owner and effective time carries it.
 */
export const stageChangeSuperseded: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    await db.schema
      .alterTable('stage_changes')
      .addColumn('superseded_at', columnTypes(dialect).timestamp)
      .execute();
    await refreshStageChangeSuperseded(db);
    await createStageChangeSupersededTriggers(db, dialect);
    await db.schema.dropIndex('stage_changes_owner_effective_covering_idx').execute();
    await db.schema
      .createIndex('stage_changes_owner_closing_idx')
      .on('stage_changes')
      .columns([
        'owner_id',
        'effective_at',
        'to_status',
        'from_status',
        'superseded_at',
        'opportunity_id',
        'id',
      ])
      .execute();
    await sql`analyze stage_changes`.execute(db);
  },
};
