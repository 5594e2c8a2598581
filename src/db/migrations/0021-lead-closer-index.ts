import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * Leads by the person they count for when closed (the owner, else whoever closed them: see
 * lead_conversion_rate) and closing time. The metric filters on that very expression, so one
 * person's closed leads are a range of this index instead of every lead closed in the period
 * (at scale M: 21 ms → 0.1 ms for a rep's quarter on SQLite).
 */
export const leadCloserIndex: YardstickMigration = {
  async up({ db }) {
    await sql`create index leads_closer_closed_at_idx on leads ((coalesce(owner_id, closed_by)), closed_at)`.execute(
      db,
    );
    // Statistics for the new index at once: without them the planner may misjudge it.
    await sql`analyze leads`.execute(db);
  },
};
