import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * `unicode_lower(text)`: a search whose query holds letters beyond ASCII that have a case (Ö, É)
 * compares lower-cased text through it, because SQLite's `lower()` folds only ASCII. SQLite
 * registers it on each connection (JavaScript's `toLowerCase`); on PostgreSQL it is `lower()`,
 * which folds every letter under the database's UTF-8 character type.
 */
export const unicodeLower: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    if (dialect !== 'postgres') return;
    await sql`create or replace function unicode_lower(text) returns text
      language sql immutable strict parallel safe as $$ select lower($1) $$`.execute(db);
  },
};
