import { ApiError, NETWORK_ERROR, type ErrorDetail } from './api-client';

const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'too_many_requests',
  NETWORK_ERROR,
] as const;

type ErrorCode = (typeof ERROR_CODES)[number];

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  0: NETWORK_ERROR,
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable',
  429: 'too_many_requests',
};

function isErrorCode(code: string): code is ErrorCode {
  return ERROR_CODES.some((known) => known === code);
}

/** The code we have a translation for: the server's code if known, else one implied by the status. */
export function knownErrorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return isErrorCode(error.code) ? error.code : CODE_BY_STATUS[error.status];
}

/** `items.0.amount` → `['items', 0, 'amount']`, the name path antd Form uses. */
export function toNamePath(path: string): (string | number)[] {
  return path
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

type FieldErrors = { name: (string | number)[]; errors: string[] }[];

/**
 * Splits server details into errors for fields the form shows and messages for everything else;
 * several details for one field are shown together.
 */
export function splitDetails(
  details: readonly ErrorDetail[],
  formFields: readonly (string | number)[][],
): { fields: FieldErrors; unplaced: string[] } {
  const known = new Map(formFields.map((name) => [JSON.stringify(name), name]));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const detail of details) {
    const key = JSON.stringify(toNamePath(detail.path));
    const name = known.get(key);
    if (!name) {
      unplaced.push(detail.message);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unplaced };
}
