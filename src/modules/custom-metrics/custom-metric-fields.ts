/**
 * What a custom metric may be built from: per CRM entity, its table and the fields an admin may
 * filter on, aggregate, attribute to a person (owner) or place in a period (time). Only these
 * names ever reach SQL, so a definition cannot name an arbitrary column.
 */
export type FieldType = 'text' | 'number' | 'money' | 'timestamp' | 'date' | 'user' | 'flag';

export type EntityFields = {
  table: string;
  /** Only valid rows count (activities that no data-quality rule made invalid). Every entity is soft-deleted. */
  validOnly: boolean;
  fields: Record<string, FieldType>;
};

const audited = { created_by: 'user', created_at: 'timestamp', updated_at: 'timestamp' } as const;

export const CUSTOM_METRIC_ENTITIES: Record<string, EntityFields> = {
  customer: {
    table: 'customers',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      name: 'text',
      level: 'text',
      status: 'text',
      industry: 'text',
      source: 'text',
      region: 'text',
      last_follow_up_at: 'timestamp',
    },
  },
  lead: {
    table: 'leads',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      source_user_id: 'user',
      closed_by: 'user',
      status: 'text',
      industry: 'text',
      region: 'text',
      quality_rating: 'number',
      closed_at: 'timestamp',
    },
  },
  opportunity: {
    table: 'opportunities',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      status: 'text',
      stage_id: 'text',
      amount_cents: 'money',
      currency: 'text',
      closed_at: 'timestamp',
      expected_close_on: 'date',
    },
  },
  activity: {
    table: 'activities',
    validOnly: true,
    fields: {
      actor_id: 'user',
      owner_id: 'user',
      type: 'text',
      record_type: 'text',
      timely: 'flag',
      occurred_at: 'timestamp',
      recorded_at: 'timestamp',
    },
  },
  plan: {
    table: 'follow_up_plans',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      record_type: 'text',
      due_at: 'timestamp',
      completed_at: 'timestamp',
    },
  },
  contract: {
    table: 'contracts',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      amount_cents: 'money',
      paid_cents: 'money',
      currency: 'text',
      renewal_of: 'text',
      signed_on: 'date',
      start_on: 'date',
      end_on: 'date',
      fully_paid_on: 'date',
    },
  },
  payment: {
    table: 'payments',
    validOnly: false,
    fields: {
      ...audited,
      owner_id: 'user',
      amount_cents: 'money',
      method: 'text',
      timely: 'flag',
      received_on: 'date',
      recorded_at: 'timestamp',
    },
  },
  ticket: {
    table: 'tickets',
    validOnly: false,
    fields: {
      ...audited,
      assignee_id: 'user',
      resolved_by: 'user',
      priority: 'text',
      status: 'text',
      rating: 'number',
      first_response_at: 'timestamp',
      resolved_at: 'timestamp',
    },
  },
  feedback: {
    table: 'feedback',
    validOnly: false,
    fields: {
      ...audited,
      reporter_id: 'user',
      decided_by: 'user',
      status: 'text',
      decided_at: 'timestamp',
    },
  },
};
