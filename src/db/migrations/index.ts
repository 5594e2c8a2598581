import type { YardstickMigration } from './migration.js';
import { organisationAndAccess } from './0001-organisation-and-access.js';

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, YardstickMigration> = {
  '0001-organisation-and-access': organisationAndAccess,
};
