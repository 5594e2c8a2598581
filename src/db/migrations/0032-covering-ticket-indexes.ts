import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * A service person's tickets by creation and by resolution, carrying every column
 * first_response_minutes and csat read (and the id), so that measuring them never visits the
 * table, as 0022 did for activities. They replace the two narrower indexes of 0002, which are
 * their prefixes and serve the ticket lists as before.
 */
export const coveringTicketIndexes: YardstickMigration = {
  async up({ db }) {
    await db.schema.dropIndex('tickets_assignee_id_created_at_idx').execute();
    await db.schema.dropIndex('tickets_resolved_by_resolved_at_idx').execute();
    await db.schema
      .createIndex('tickets_assignee_covering_idx')
      .on('tickets')
      .columns(['assignee_id', 'created_at', 'first_response_at', 'deleted_at', 'id'])
      .execute();
    await db.schema
      .createIndex('tickets_resolver_covering_idx')
      .on('tickets')
      .columns(['resolved_by', 'resolved_at', 'rating', 'deleted_at', 'id'])
      .execute();
    await sql`analyze tickets`.execute(db);
  },
};
