import { currentLanguage } from '../i18n/i18n';
import type { paths } from './generated/schema';

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

// Types of the API, from the server's OpenAPI document (generated/schema.ts) ----------------------

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath = keyof paths;
/** The paths that answer a method, e.g. `PathsWith<'post'>`. */
export type PathsWith<M extends HttpMethod> = {
  [P in ApiPath]: paths[P] extends Record<M, object> ? P : never;
}[ApiPath];
type Operation<P extends ApiPath, M extends HttpMethod> =
  paths[P] extends Record<M, infer O> ? O : never;
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Success = 200 | 201 | 202 | 204;
type Responses<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { responses: infer R } ? R : never;

/** What a call answers, e.g. `ResponseOf<'/api/v1/customers/{id}', 'get'>` (a 204 is void). */
export type ResponseOf<P extends ApiPath, M extends HttpMethod> = NullAsVoid<
  Json<Responses<P, M>[Success & keyof Responses<P, M>]>
>;
type NullAsVoid<T> = [T] extends [null] ? void : T;
/** An error answer of a call, e.g. `ErrorOf<'/api/v1/customers', 'post', 400>`. */
export type ErrorOf<
  P extends ApiPath,
  M extends HttpMethod,
  S extends keyof Responses<P, M>,
> = Json<Responses<P, M>[S]>;
/** The JSON body a call takes. */
export type BodyOf<P extends ApiPath, M extends HttpMethod> = Json<
  NonNullable<Operation<P, M> extends { requestBody?: infer B } ? B : never>
>;
type ParamsOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: infer A } ? A : never;
/** The query a call takes (every parameter optional: the server applies its defaults). */
export type QueryOf<P extends ApiPath, M extends HttpMethod> = NonNullable<
  ParamsOf<P, M> extends { query?: infer Q } ? Q : never
>;
type PathParams<P extends ApiPath, M extends HttpMethod> =
  ParamsOf<P, M> extends { path: infer A } ? A : never;

/** An item of a list answer (`{ items: [...] }`), e.g. `ItemOf<'/api/v1/leads', 'get'>`. */
export type ItemOf<P extends ApiPath, M extends HttpMethod = 'get'> =
  ResponseOf<P, M> extends { items: (infer I)[] } ? I : never;

/** A page of a list: `items` of one page of `total`. */
export type Page<T> = Omit<ResponseOf<'/api/v1/customers', 'get'>, 'items'> & { items: T[] };

/** The error body every failed call answers with. */
export type ErrorBody = ErrorOf<'/api/v1/customers', 'post', 400>;
export type ErrorDetail = NonNullable<ErrorBody['error']['details']>[number];
/** The values a client needs to word an error itself (a cap, a date, a record kind). */
export type ErrorParams = Record<string, string | number>;

type Input<P extends ApiPath, M extends HttpMethod> = ([PathParams<P, M>] extends [never]
  ? { path?: never }
  : { path: PathParams<P, M> }) &
  ([QueryOf<P, M>] extends [never] ? { query?: never } : { query?: QueryOf<P, M> }) &
  ([BodyOf<P, M>] extends [never] ? { body?: never } : { body: BodyOf<P, M> });

/** `/api/v1/customers/{id}` with `{ id }`, each value URL-encoded. */
export function fillPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(params?.[name] ?? ''),
  );
}

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number)[];

export function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function call<M extends HttpMethod>(method: M) {
  return <P extends PathsWith<M>>(
    path: P,
    ...[input]: Partial<Input<P, M>> extends Input<P, M> ? [Input<P, M>?] : [Input<P, M>]
  ): Promise<ResponseOf<P, M>> => {
    const {
      path: params,
      query,
      body,
    } = (input ?? {}) as {
      path?: Record<string, string>;
      query?: Record<string, QueryValue>;
      body?: unknown;
    };
    return request(method.toUpperCase() as Method, withQuery(fillPath(path, params), query), body);
  };
}

/**
 * The API, typed by path and method from the server's document:
 * `api.get('/api/v1/customers/{id}', { path: { id } })`.
 */
export const api = {
  get: call('get'),
  post: call('post'),
  put: call('put'),
  patch: call('patch'),
  delete: call('delete'),
};

/** Sends a file as the raw request body (the server streams it to disk). */
export function uploadFile<P extends PathsWith<'post'>>(
  path: string,
  file: Blob,
): Promise<ResponseOf<P, 'post'>> {
  return request('POST', path, file);
}

// The transport ----------------------------------------------------------------------------------

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

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

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        // The server words its own texts (notifications) in the UI's language; errors come as codes.
        'Accept-Language': currentLanguage() === 'zh-CN' ? 'zh-CN' : 'en',
        ...(body === undefined
          ? {}
          : {
              'Content-Type':
                body instanceof Blob ? 'application/octet-stream' : 'application/json',
            }),
      },
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }

  const payload = await readBody(response);
  if (response.ok) return payload as T;

  if (response.status === 401 && path !== LOGIN_PATH) onUnauthorized();
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    const params = 'params' in payload.error ? (payload.error.params as ErrorParams) : {};
    throw new ApiError(response.status, code, message, details ?? [], params);
  }
  throw new ApiError(response.status, `http_${response.status}`, response.statusText);
}
