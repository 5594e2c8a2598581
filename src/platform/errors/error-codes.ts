import { z } from 'zod';

/** The kinds of record an error can name (`not_found`, `version_conflict`). */
export const RECORD_KINDS = [
  'activity',
  'api_token',
  'appraisal_item',
  'appraisal_result',
  'badge',
  'campaign',
  'collaborator',
  'contact',
  'contract',
  'customer',
  'cycle',
  'department',
  'evidence',
  'feedback',
  'import',
  'lead',
  'metric',
  'notification',
  'opportunity',
  'payment',
  'payment_plan',
  'pipeline_stage',
  'plan',
  'pool_settings',
  'product',
  'quality_flag',
  'role',
  'target',
  'template',
  'template_version',
  'ticket',
  'user',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

const record = z.enum(RECORD_KINDS);
const status = z.string().describe('a workflow status, e.g. `open`');
const none = {};

/**
 * Every error code the API answers with: its HTTP status and the parameters a client needs to
 * word it (the English `message` is for API users; the web app words the code).
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, params: none },
  unauthorized: { status: 401, params: none },
  /** The caller's role may not use this route at all (the generic refusal). */
  forbidden: { status: 403, params: none },
  /** A write set a field that is read-only or hidden for the caller (field-level permissions). */
  field_read_only: { status: 403, params: none },
  /** A field the caller may not see was asked for (field-level permissions). */
  field_hidden: { status: 403, params: none },
  not_found: { status: 404, params: { record } },
  route_not_found: { status: 404, params: { method: z.string(), path: z.string() } },
  version_conflict: { status: 409, params: { record } },
  payload_too_large: { status: 413, params: none },
  too_many_requests: { status: 429, params: none },
  login_throttled: { status: 429, params: { retryAfterSeconds: z.number().int() } },
  internal: { status: 500, params: none },
  // Refusals (403) of what the caller may not do to a record they can reach.
  read_only_token: { status: 403, params: none },
  foreign_origin: { status: 403, params: none },
  /** The caller may read the record but not change it. */
  record_read_only: { status: 403, params: { record } },
  /** Only managers and admins choose someone else (or nobody: the pool) as the owner. */
  owner_change_not_allowed: { status: 403, params: { record } },
  /** Only the owner, or someone whose data scope covers the owner, deletes the record. */
  delete_not_allowed: { status: 403, params: { record } },
  /** The record is outside the caller's data scope (they see it some other way). */
  record_out_of_scope: { status: 403, params: { record } },
  /** The caller does not work with this kind of record. */
  record_kind_not_allowed: { status: 403, params: { record } },
  source_user_change_not_allowed: { status: 403, params: none },
  not_activity_author: { status: 403, params: none },
  share_needs_write_access: { status: 403, params: none },
  share_outlives_own_access: { status: 403, params: { until: z.string() } },
  pool_release_not_allowed: { status: 403, params: none },
  product_managers_only: { status: 403, params: none },
  quality_flag_clear_not_allowed: { status: 403, params: none },
  own_target: { status: 403, params: none },
  /** Nobody reviews or adjusts their own appraisal. */
  own_appraisal: { status: 403, params: none },
  not_self_review_author: { status: 403, params: none },
  not_appraised_person: { status: 403, params: none },
  // Accounts and organisation.
  account_changed_meanwhile: { status: 409, params: none },
  email_in_use: { status: 409, params: none },
  department_not_empty: { status: 422, params: none },
  // Customers, the pool, contracts and payments.
  customer_already_in_pool: { status: 422, params: none },
  pool_claim_cap_reached: { status: 422, params: { cap: z.number().int() } },
  pool_cooldown: { status: 422, params: { releasedAt: z.string(), allowedFrom: z.string() } },
  contract_number_in_use: { status: 409, params: none },
  contract_has_payments: { status: 422, params: none },
  contract_amount_below_paid: { status: 422, params: { paidCents: z.number().int() } },
  contract_overpaid: { status: 422, params: { balanceCents: z.number().int() } },
  // Leads, pipeline, tickets and feedback.
  lead_closed: { status: 422, params: { status } },
  stage_kind_locked: { status: 422, params: none },
  ticket_transition_not_allowed: { status: 422, params: { from: status, to: status } },
  ticket_closed: { status: 422, params: none },
  ticket_already_rated: { status: 409, params: none },
  ticket_not_rateable: { status: 422, params: { status } },
  feedback_decided: { status: 422, params: { status } },
  feedback_transition_not_allowed: { status: 422, params: { from: status, to: status } },
  // Appraisal.
  metric_key_in_use: { status: 409, params: { key: z.string() } },
  quality_flag_already_cleared: { status: 409, params: none },
  cycle_period_not_ended: {
    status: 409,
    params: { lastDay: z.string(), periodEnd: z.string(), asOf: z.string() },
  },
  cycle_transition_not_allowed: { status: 422, params: { from: status, to: status } },
  cycle_not_open: { status: 422, params: none },
  cycle_closed: { status: 409, params: { status } },
  cycle_not_closed: { status: 422, params: { status } },
  cycle_adjusted_meanwhile: { status: 409, params: none },
  result_status_not_allowed: { status: 422, params: { status } },
  result_already_acknowledged: { status: 409, params: none },
  // Imports.
  import_file_rejected: { status: 422, params: none },
  import_entity_unsupported: { status: 422, params: { entity: z.string() } },
  import_already_running: { status: 409, params: none },
  import_mapping_locked: { status: 409, params: none },
} as const satisfies Record<string, { status: number; params: z.ZodRawShape }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];

/** The parameters an error of code `C` carries. */
export type ErrorParamsOf<C extends ErrorCode> = z.infer<
  z.ZodObject<(typeof ERROR_CODES)[C]['params']>
>;

/**
 * Codes of one problem with one field (`details[].code`): Zod's issue codes for what the schema
 * refuses, then the project's own for what services and refinements refuse.
 */
export const FIELD_CODES = [
  // Zod.
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'invalid',
  // Request shape.
  'malformed_url',
  'malformed_body',
  'unstorable_character',
  'nested_too_deep',
  'foreign_origin',
  'read_only_token',
  // Records and references.
  'not_found',
  'stale_version',
  'already_used',
  'end_before_start',
  'must_be_future',
  'nothing_to_change',
  'listed_twice',
  'from_after_to',
  'grade_thresholds_order',
  'owner_not_assignable',
  'owner_unchanged',
  'user_inactive',
  'assignee_not_service',
  'owner_not_marketing',
  'contact_needs_customer',
  'contact_name_required',
  'record_type_and_id_together',
  'not_of_this_record',
  'merge_into_itself',
  'share_with_yourself',
  'share_needs_write_access',
  'share_outlives_own_access',
  'status_unchanged',
  'not_allowed_from_status',
  'current_password_wrong',
  'cannot_deactivate_yourself',
  'reports_to_own_report',
  'department_below_itself',
  'too_short',
  'too_common',
  'contains_email_name',
  // Workflow and appraisal.
  'plan_for_other_record',
  'plan_completed',
  'plan_window_closed',
  'plan_settled',
  'stage_unknown',
  'stage_not_open',
  'stage_unchanged',
  'stage_inactive',
  'before_previous_change',
  'reason_required',
  'score_above_cap',
  'own_appraisal',
  'metric_unknown',
  'own_target',
  'floor_outside_unit_range',
  'target_outside_unit_range',
  'target_on_wrong_side_of_floor',
  'target_equals_floor',
  'metric_field_unknown',
  'metric_value_required',
  'metric_value_list_required',
  'metric_value_single_required',
  'metric_contains_needs_text',
  'metric_ordering_needs_number',
  'metric_entity_unknown',
  'metric_owner_field_invalid',
  'metric_time_field_invalid',
  'metric_numeric_field_required',
  'template_item_problem',
  // Field-level permissions.
  'field_read_only',
  'field_hidden',
  // Imports.
  'import_header_not_found',
  'import_required_column_missing',
  'import_format_unsupported',
  'import_entity_unsupported',
] as const;

export type FieldCode = (typeof FIELD_CODES)[number];
