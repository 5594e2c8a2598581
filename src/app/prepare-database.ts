import { sealUnsealedCycles } from '../modules/cycles/cycle-seal.js';
import { ensureDefaultRoles } from '../modules/org/org.service.js';
import { ensureDefaultStages } from '../modules/pipeline/pipeline.service.js';
import { ensureDefaultTemplates } from '../modules/templates/templates.service.js';
import type { Db } from '../db/database.js';
import { migrateToLatest, type MigrationOutcome } from '../db/migrate.js';
import { useZoneForDayTotals } from '../db/activity-day-totals.js';
import { orgZoneFromEnvironment } from '../modules/quality/org-zone.js';

/**
 * Migrations plus the reference rows every installation needs (roles and their scopes, the default
 * pipeline stages and scorecard templates), a seal for closed cycles that have none yet, and the
 * activities' day totals counted in the organisation's zone (the server's ORG_TIMEZONE; added up
 * anew when it changed).
 */
export async function prepareDatabase(
  db: Db,
  zone: string = orgZoneFromEnvironment(),
): Promise<MigrationOutcome> {
  const outcome = await migrateToLatest(db);
  await useZoneForDayTotals(db, zone);
  await ensureDefaultRoles(db);
  await ensureDefaultStages(db);
  await ensureDefaultTemplates(db);
  await sealUnsealedCycles(db);
  return outcome;
}
