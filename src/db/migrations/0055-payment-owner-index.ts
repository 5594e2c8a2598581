import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Payments by owner and received day. payment_amount for a few people (a slice of a team's live
 * cards) asks for their payments of the period; the (received_on, owner_id) index answers that
 * only by reading every payment of the period, the whole company's, once per slice.
 */
export const paymentOwnerIndex: YardstickMigration = {
  async up({ db }: MigrationContext) {
    await db.schema
      .createIndex('payments_owner_id_received_on_idx')
      .on('payments')
      .columns(['owner_id', 'received_on'])
      .execute();
    await sql`analyze payments`.execute(db);
  },
};
