import { sealUnsealedCycles } from '../modules/cycles/cycle-seal.js';
import { ensureDefaultRoles } from '../modules/org/org.service.js';
import { ensureDefaultStages } from '../modules/pipeline/pipeline.service.js';
import { ensureDefaultTemplates } from '../modules/templates/templates.service.js';
import type { Db } from '../db/database.js';
import { migrateToLatest, type MigrationOutcome } from '../db/migrate.js';

/**
 * Migrations plus the reference rows every installation needs (roles and their scopes, the default
 * pipeline stages and scorecard templates), and a seal for closed cycles that have none yet.
 */
export async function prepareDatabase(db: Db): Promise<MigrationOutcome> {
  const outcome = await migrateToLatest(db);
  await ensureDefaultRoles(db);
  await ensureDefaultStages(db);
  await ensureDefaultTemplates(db);
  await sealUnsealedCycles(db);
  return outcome;
}
