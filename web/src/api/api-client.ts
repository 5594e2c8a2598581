import { currentLanguage } from '../i18n/i18n';
import type { ErrorBody, ErrorDetail, ErrorParams } from './api-types';

/**
 * Raised for every failed call; carries the server's `{ error: { code, message, details, params } }`
 * (the message is the server's English, for logs; the UI words the code and its parameters).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly params: ErrorParams;

  constructor(
    status: number,
    code: string,
    message: string,
    details: ErrorDetail[] = [],
    params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.params = params;
  }
}

/** Code used when the server could not be reached at all. */
export const NETWORK_ERROR = 'network_error';

const LOGIN_PATH = '/api/v1/auth/login';

let onUnauthorized: () => void = () => {};

/** Called on a 401 from any call except login (the session is gone: back to the login page). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        // The server words its own texts (notifications) in the UI's language; errors come as codes.
        'Accept-Language': currentLanguage() === 'zh-CN' ? 'zh-CN' : 'en',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }

  const payload = await readBody(response);
  if (response.ok) return payload as T;

  if (response.status === 401 && path !== LOGIN_PATH) onUnauthorized();
  if (isErrorBody(payload)) {
    const { code, message, details, params } = payload.error;
    throw new ApiError(response.status, code, message, details ?? [], params ?? {});
  }
  throw new ApiError(response.status, `http_${response.status}`, response.statusText);
}
