import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * The customers' list-order indexes (0035) carry the owner and the deletion mark too: a list that
 * walks one of them (a viewer who sees most of the company) tests each row's scope off the index
 * instead of reading the customer's wide row, and so does the count of such a list, which reads up
 * to ten thousand rows (a sales director's customers of one status at scale M: the count 6.1 →
 * 2.8 ms, the request 11.1 → 7.8 ms on SQLite).
 */
export const customerOrderCoveringIndexes: YardstickMigration = {
  async up({ db }: MigrationContext) {
    const orders: [name: string, columns: string[]][] = [
      ['customers_live_updated_at_idx', ['updated_at', 'id', 'owner_id', 'deleted_at']],
      [
        'customers_live_status_updated_at_idx',
        ['status', 'updated_at', 'id', 'owner_id', 'deleted_at'],
      ],
    ];
    for (const [name, columns] of orders) {
      await db.schema.dropIndex(name).execute();
      await db.schema
        .createIndex(name)
        .on('customers')
        .columns(columns)
        .where(sql<boolean>`deleted_at is null`)
        .execute();
    }
    await sql`analyze customers`.execute(db);
  },
};
