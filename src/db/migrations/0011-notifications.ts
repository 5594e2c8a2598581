import type { YardstickMigration } from './migration.js';

/**
 * The in-app inbox, the queue of deliveries to outside channels (with their log) and each user's
 * notification preferences. A notification stores its kind and parameters, never its text: it is
 * worded in the reader's language when shown or sent. The unique key (recipient, kind, record,
 * occurrence) makes every producer idempotent.
 */
export const notifications: YardstickMigration = {
  async up({ db, t }) {
    await db.schema
      .createTable('notifications')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('recipient_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('record_type', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('occurrence', t.text, (c) => c.notNull())
      .addColumn('params', t.json, (c) => c.notNull())
      .addColumn('link', t.text)
      .addColumn('read_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('notifications_once_uq', [
        'recipient_id',
        'kind',
        'record_id',
        'occurrence',
      ])
      .execute();
    await db.schema
      .createIndex('notifications_recipient_idx')
      .on('notifications')
      .columns(['recipient_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('notification_deliveries')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('notification_id', t.id, (c) => c.notNull().references('notifications.id'))
      .addColumn('channel', t.text, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('attempts', t.integer, (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', t.timestamp)
      .addColumn('last_error', t.text)
      .addColumn('sent_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('notification_deliveries_once_uq', ['notification_id', 'channel'])
      .execute();
    await db.schema
      .createIndex('notification_deliveries_due_idx')
      .on('notification_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();

    await db.schema
      .createTable('notification_preferences')
      .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id'))
      .addColumn('muted_kinds', t.json, (c) => c.notNull())
      .addColumn('channels', t.json, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
