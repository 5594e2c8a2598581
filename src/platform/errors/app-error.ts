import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorParamsOf,
  type FieldCode,
  type RecordKind,
} from './error-codes.js';

export type { ErrorCode, FieldCode, RecordKind } from './error-codes.js';

/** Values a client needs to word an error or a field problem itself (e.g. the day a period ends). */
export type ErrorParams = Record<string, string | number>;

/** One problem with the request: where (`path`), as a stable code with its values, and in English. */
export type ErrorDetail = { path: string; code: FieldCode; message: string; params?: ErrorParams };

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** The one error type services throw; the error hook turns it into the API error shape. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;
  readonly params: ErrorParams | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetail[] = [],
    headers: Record<string, string> = {},
    params?: ErrorParams,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
    this.params = params;
  }
}

/** A refusal of code `C`, with the values its wording needs and the fields it concerns. */
export function refusal<C extends ErrorCode>(
  code: C,
  message: string,
  params: ErrorParamsOf<C>,
  details: ErrorDetail[] = [],
): AppError {
  const values = params as ErrorParams;
  return new AppError(code, message, details, {}, Object.keys(values).length ? values : undefined);
}

/** One field's problem as a detail. */
export const fieldProblem = (
  path: string,
  code: FieldCode,
  message: string,
  params?: ErrorParams,
): ErrorDetail => ({ path, code, message, ...(params ? { params } : {}) });

const RECORD_LABELS: Record<RecordKind, string> = {
  activity: 'Activity',
  api_token: 'API token',
  appraisal_item: 'Appraisal item',
  appraisal_result: 'Appraisal result',
  badge: 'Badge',
  campaign: 'Campaign',
  collaborator: 'Collaborator',
  contact: 'Contact',
  contract: 'Contract',
  customer: 'Customer',
  cycle: 'Cycle',
  department: 'Department',
  evidence: 'Evidence for this metric',
  import: 'Import',
  feedback: 'Feedback',
  lead: 'Lead',
  metric: 'Metric',
  notification: 'Notification',
  opportunity: 'Opportunity',
  payment: 'Payment',
  payment_plan: 'Payment plan',
  pipeline_stage: 'Stage',
  plan: 'Plan',
  pool_settings: 'Pool settings',
  product: 'Product',
  quality_flag: 'Flag',
  role: 'Role',
  target: 'Target',
  template: 'Template',
  template_version: 'Template version',
  ticket: 'Ticket',
  user: 'User',
};

/** The record's name in English messages (`customer` → `Customer`). */
export const recordLabel = (record: RecordKind): string => RECORD_LABELS[record];

export const notFound = (record: RecordKind, details: ErrorDetail[] = []) =>
  refusal('not_found', `${recordLabel(record)} not found`, { record }, details);
/** The generic refusal: the caller's role may not use this route. Specific refusals have codes. */
export const forbidden = () => new AppError('forbidden', 'You are not allowed to do this');
/** The caller may read the record but not change it. */
export const readOnlyRecord = (record: RecordKind) =>
  refusal(
    'record_read_only',
    `You can read this ${recordLabel(record).toLowerCase()} but not change it`,
    { record },
  );
/** Only managers and admins choose someone else (or, for a customer, the pool) as the owner. */
export const ownerChangeRefused = (
  record: RecordKind,
  message = 'Only managers and admins assign records to others',
) => refusal('owner_change_not_allowed', message, { record });
/** Only the owner, or someone whose data scope covers the owner, deletes the record. */
export const deleteRefused = (record: RecordKind) =>
  refusal(
    'delete_not_allowed',
    `Only the owner, or someone whose data scope covers the owner, deletes this ${recordLabel(record).toLowerCase()}`,
    { record },
  );
export const unauthorized = (message = 'Authentication required') =>
  new AppError('unauthorized', message);
export const staleVersion = (record: RecordKind) =>
  refusal(
    'version_conflict',
    `${recordLabel(record)} was changed by someone else; reload and try again`,
    { record },
    [fieldProblem('version', 'stale_version', 'stale version')],
  );
export const invalidField = (
  path: string,
  code: FieldCode,
  message: string,
  params?: ErrorParams,
) => new AppError('validation_failed', message, [fieldProblem(path, code, message, params)]);
