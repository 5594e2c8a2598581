import type { CreateTableBuilder } from 'kysely';
import type { ColumnTypes } from '../column-types.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/** version, created_by, created_at, updated_at, deleted_at: the columns every editable record has. */
function audited<T extends string>(table: CreateTableBuilder<T, never>, t: ColumnTypes) {
  return table
    .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp);
}

async function index({ db }: MigrationContext, table: string, columns: string[]) {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

export const crmCore: YardstickMigration = {
  async up(context) {
    const { db, t } = context;

    await audited(
      db.schema
        .createTable('customers')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('name_key', t.text, (c) => c.notNull())
        .addColumn('phone', t.text)
        .addColumn('phone_key', t.text)
        .addColumn('email', t.text)
        .addColumn('industry', t.text)
        .addColumn('source', t.text)
        .addColumn('level', t.text)
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('requirement', t.text)
        .addColumn('region', t.text)
        .addColumn('address', t.text)
        .addColumn('owner_id', t.id, (c) => c.references('users.id'))
        .addColumn('owner_since', t.timestamp)
        .addColumn('previous_owner_id', t.id, (c) => c.references('users.id'))
        .addColumn('pool_entered_at', t.timestamp)
        .addColumn('last_follow_up_at', t.timestamp)
        .addColumn('last_deal_on', t.date),
      t,
    ).execute();
    await index(context, 'customers', ['owner_id', 'deleted_at']);
    await index(context, 'customers', ['name_key']);
    await index(context, 'customers', ['phone_key']);
    await index(context, 'customers', ['created_by', 'created_at']);

    await db.schema
      .createTable('customer_status_changes')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
      .addColumn('from_status', t.text)
      .addColumn('to_status', t.text, (c) => c.notNull())
      .addColumn('effective_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .addColumn('actor_id', t.id, (c) => c.references('users.id'))
      .addColumn('owner_id', t.id, (c) => c.references('users.id'))
      .addColumn('timely', t.flag, (c) => c.notNull())
      .execute();
    await index(context, 'customer_status_changes', ['customer_id', 'effective_at']);
    await index(context, 'customer_status_changes', ['recorded_at', 'actor_id']);

    await db.schema
      .createTable('ownership_periods')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('started_at', t.timestamp, (c) => c.notNull())
      .addColumn('ended_at', t.timestamp)
      .execute();
    await index(context, 'ownership_periods', ['entity', 'record_id', 'started_at']);
    await index(context, 'ownership_periods', ['entity', 'owner_id', 'started_at']);

    await db.schema
      .createTable('collaborators')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('entity', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('access', t.text, (c) => c.notNull())
      .addColumn('until', t.timestamp)
      .addColumn('created_by', t.id, (c) => c.references('users.id'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('collaborators_unique', ['entity', 'record_id', 'user_id'])
      .execute();
    await index(context, 'collaborators', ['user_id', 'entity']);

    await audited(
      db.schema
        .createTable('contacts')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('title', t.text)
        .addColumn('phone', t.text)
        .addColumn('email', t.text)
        .addColumn('is_primary', t.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('note', t.text),
      t,
    ).execute();
    await index(context, 'contacts', ['customer_id']);

    await audited(
      db.schema
        .createTable('campaigns')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('channel', t.text, (c) => c.notNull())
        .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('start_on', t.date, (c) => c.notNull())
        .addColumn('end_on', t.date)
        .addColumn('budget_cents', t.money, (c) => c.notNull())
        .addColumn('currency', t.text, (c) => c.notNull())
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('description', t.text),
      t,
    ).execute();

    await audited(
      db.schema
        .createTable('leads')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('company', t.text, (c) => c.notNull())
        .addColumn('name_key', t.text, (c) => c.notNull())
        .addColumn('contact_name', t.text)
        .addColumn('phone', t.text)
        .addColumn('phone_key', t.text)
        .addColumn('email', t.text)
        .addColumn('industry', t.text)
        .addColumn('region', t.text)
        .addColumn('requirement', t.text)
        .addColumn('campaign_id', t.id, (c) => c.references('campaigns.id'))
        .addColumn('source_user_id', t.id, (c) => c.references('users.id'))
        .addColumn('owner_id', t.id, (c) => c.references('users.id'))
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('disqualify_reason', t.text)
        .addColumn('quality_rating', t.integer)
        .addColumn('closed_at', t.timestamp)
        .addColumn('closed_by', t.id, (c) => c.references('users.id'))
        .addColumn('customer_id', t.id, (c) => c.references('customers.id'))
        .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
        .addColumn('opportunity_id', t.id),
      t,
    ).execute();
    await index(context, 'leads', ['owner_id', 'closed_at']);
    await index(context, 'leads', ['source_user_id', 'created_at']);
    await index(context, 'leads', ['name_key']);
    await index(context, 'leads', ['phone_key']);

    await db.schema
      .createTable('pipeline_stages')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('name_zh', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('sort_order', t.integer, (c) => c.notNull())
      .addColumn('win_probability', t.integer, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await audited(
      db.schema
        .createTable('opportunities')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('amount_cents', t.money, (c) => c.notNull())
        .addColumn('currency', t.text, (c) => c.notNull())
        .addColumn('stage_id', t.id, (c) => c.notNull().references('pipeline_stages.id'))
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('expected_close_on', t.date)
        .addColumn('closed_at', t.timestamp)
        .addColumn('close_reason', t.text)
        .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('last_touched_at', t.timestamp),
      t,
    ).execute();
    await index(context, 'opportunities', ['owner_id', 'status']);
    await index(context, 'opportunities', ['customer_id']);
    await index(context, 'opportunities', ['closed_at', 'owner_id']);

    await db.schema
      .createTable('stage_changes')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('opportunity_id', t.id, (c) => c.notNull().references('opportunities.id'))
      .addColumn('from_stage_id', t.id, (c) => c.references('pipeline_stages.id'))
      .addColumn('to_stage_id', t.id, (c) => c.notNull().references('pipeline_stages.id'))
      .addColumn('from_status', t.text)
      .addColumn('to_status', t.text, (c) => c.notNull())
      .addColumn('effective_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .addColumn('actor_id', t.id, (c) => c.references('users.id'))
      .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('reason', t.text)
      .addColumn('timely', t.flag, (c) => c.notNull())
      .execute();
    await index(context, 'stage_changes', ['opportunity_id', 'effective_at']);
    await index(context, 'stage_changes', ['recorded_at', 'actor_id', 'timely']);

    await db.schema
      .createTable('activities')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('type', t.text, (c) => c.notNull())
      .addColumn('record_type', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('customer_id', t.id, (c) => c.references('customers.id'))
      .addColumn('content', t.text, (c) => c.notNull())
      .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .addColumn('actor_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('owner_id', t.id, (c) => c.references('users.id'))
      .addColumn('valid', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('timely', t.flag, (c) => c.notNull())
      .addColumn('plan_id', t.id)
      .addColumn('deleted_at', t.timestamp)
      .execute();
    // Covering indexes for the metric queries: (time, user, flags).
    await index(context, 'activities', ['occurred_at', 'actor_id', 'valid', 'type']);
    await index(context, 'activities', ['recorded_at', 'actor_id', 'timely', 'valid']);
    await index(context, 'activities', ['record_type', 'record_id', 'occurred_at']);
    await index(context, 'activities', ['customer_id', 'occurred_at']);

    await audited(
      db.schema
        .createTable('follow_up_plans')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('record_type', t.text, (c) => c.notNull())
        .addColumn('record_id', t.id, (c) => c.notNull())
        .addColumn('customer_id', t.id, (c) => c.references('customers.id'))
        .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('due_at', t.timestamp, (c) => c.notNull())
        .addColumn('note', t.text)
        .addColumn('completed_at', t.timestamp)
        .addColumn('completed_by_activity_id', t.id),
      t,
    ).execute();
    await index(context, 'follow_up_plans', ['owner_id', 'due_at']);
    await index(context, 'follow_up_plans', ['record_type', 'record_id']);

    await audited(
      db.schema
        .createTable('products')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('code', t.text)
        .addColumn('unit_price_cents', t.money, (c) => c.notNull())
        .addColumn('currency', t.text, (c) => c.notNull())
        .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1)),
      t,
    ).execute();

    await audited(
      db.schema
        .createTable('contracts')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
        .addColumn('opportunity_id', t.id, (c) => c.references('opportunities.id'))
        .addColumn('number', t.text, (c) => c.notNull())
        .addColumn('title', t.text, (c) => c.notNull())
        .addColumn('amount_cents', t.money, (c) => c.notNull())
        .addColumn('currency', t.text, (c) => c.notNull())
        .addColumn('signed_on', t.date, (c) => c.notNull())
        .addColumn('start_on', t.date)
        .addColumn('end_on', t.date)
        .addColumn('renewal_of', t.id, (c) => c.references('contracts.id'))
        .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('paid_cents', t.money, (c) => c.notNull().defaultTo(0))
        .addColumn('fully_paid_on', t.date),
      t,
    ).execute();
    await index(context, 'contracts', ['owner_id', 'signed_on']);
    await index(context, 'contracts', ['customer_id', 'signed_on']);
    await index(context, 'contracts', ['renewal_of']);
    await index(context, 'contracts', ['end_on']);

    await audited(
      db.schema
        .createTable('payment_plans')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
        .addColumn('due_on', t.date, (c) => c.notNull())
        .addColumn('amount_cents', t.money, (c) => c.notNull())
        .addColumn('note', t.text),
      t,
    ).execute();
    await index(context, 'payment_plans', ['contract_id']);

    await audited(
      db.schema
        .createTable('payments')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
        .addColumn('plan_id', t.id, (c) => c.references('payment_plans.id'))
        .addColumn('amount_cents', t.money, (c) => c.notNull())
        .addColumn('received_on', t.date, (c) => c.notNull())
        .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
        .addColumn('method', t.text)
        .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('timely', t.flag, (c) => c.notNull()),
      t,
    ).execute();
    await index(context, 'payments', ['contract_id', 'received_on']);
    await index(context, 'payments', ['received_on', 'owner_id']);

    await audited(
      db.schema
        .createTable('tickets')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('customer_id', t.id, (c) => c.references('customers.id'))
        .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
        .addColumn('title', t.text, (c) => c.notNull())
        .addColumn('description', t.text)
        .addColumn('priority', t.text, (c) => c.notNull())
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('assignee_id', t.id, (c) => c.references('users.id'))
        .addColumn('first_response_at', t.timestamp)
        .addColumn('resolved_at', t.timestamp)
        .addColumn('resolved_by', t.id, (c) => c.references('users.id'))
        .addColumn('rating', t.integer)
        .addColumn('rating_comment', t.text),
      t,
    ).execute();
    await index(context, 'tickets', ['assignee_id', 'created_at']);
    await index(context, 'tickets', ['resolved_by', 'resolved_at']);

    await db.schema
      .createTable('ticket_replies')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
      .addColumn('author_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('body', t.text, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await index(context, 'ticket_replies', ['ticket_id', 'created_at']);

    await audited(
      db.schema
        .createTable('feedback')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('title', t.text, (c) => c.notNull())
        .addColumn('content', t.text, (c) => c.notNull())
        .addColumn('reporter_id', t.id, (c) => c.notNull().references('users.id'))
        .addColumn('ticket_id', t.id, (c) => c.references('tickets.id'))
        .addColumn('customer_id', t.id, (c) => c.references('customers.id'))
        .addColumn('status', t.text, (c) => c.notNull())
        .addColumn('decided_by', t.id, (c) => c.references('users.id'))
        .addColumn('decided_at', t.timestamp)
        .addColumn('decision_note', t.text),
      t,
    ).execute();
    await index(context, 'feedback', ['reporter_id', 'decided_at']);
    await index(context, 'feedback', ['decided_by', 'decided_at']);

    await db.schema
      .createTable('usage_events')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('entity', t.text)
      .addColumn('record_id', t.id)
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .addColumn('day', t.date, (c) => c.notNull())
      .execute();
    await index(context, 'usage_events', ['user_id', 'day', 'kind']);

    await db.schema
      .createTable('pool_rules')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('level', t.text)
      .addColumn('days_without_follow_up', t.integer)
      .addColumn('days_without_deal', t.integer)
      .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
      .addColumn('version', t.integer, (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};
