import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifySchemaValidationError,
  FastifyRequest,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  fieldProblem,
  httpStatusOf,
  type ErrorCode,
  type ErrorDetail,
  type ErrorParams,
} from './app-error.js';
import { FIELD_CODES, type FieldCode } from './error-codes.js';

type ErrorBody = {
  error: { code: ErrorCode; message: string; details: ErrorDetail[]; params?: ErrorParams };
};

const body = (
  code: ErrorCode,
  message: string,
  details: ErrorDetail[] = [],
  params?: ErrorParams,
): ErrorBody => ({
  error: { code, message, details, ...(params ? { params } : {}) },
});

const isFieldCode = (code: unknown): code is FieldCode =>
  FIELD_CODES.some((known) => known === code);

/** Zod's issue values a client words a message with (`minimum`, `format`, `expected`…). */
function issueParams(params: Record<string, unknown>): ErrorParams | undefined {
  const values: ErrorParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'input' || key === 'params') continue;
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if (typeof value === 'bigint' || typeof value === 'boolean') values[key] = String(value);
    else if (Array.isArray(value)) values[key] = value.map(String).join(', ');
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * One schema issue as a detail: Zod's issue code, or for a refinement the code it names
 * (`.refine(check, { params: { code } })`), with the issue's values.
 */
function issueDetail(issue: FastifySchemaValidationError, part: string): ErrorDetail {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = issue.params as Record<string, unknown>;
  const own = (params.params as { code?: unknown } | undefined)?.code;
  const code = isFieldCode(own) ? own : isFieldCode(issue.keyword) ? issue.keyword : 'invalid';
  return fieldProblem(
    path === '' ? part : path,
    code,
    issue.message ?? 'invalid',
    issueParams(params),
  );
}

/**
 * Maps every failure to `{ error: { code, message, details, params } }` with the right status.
 * Messages are English, for API users; clients word the code and its parameters themselves.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(httpStatusOf(error.code))
        .headers(error.headers)
        .send(body(error.code, error.message, error.details, error.params));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const details = error.validation.map((issue) => issueDetail(issue, part));
      return reply.status(400).send(body('validation_failed', `Invalid ${part}`, details));
    }
    if (error.statusCode === 413) {
      return reply.status(413).send(body('payload_too_large', 'The request body is too large'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('too_many_requests', error.message));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type.
      return reply
        .status(400)
        .send(
          body('validation_failed', error.message, [
            fieldProblem('body', 'malformed_body', error.message),
          ]),
        );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Internal server error'));
  });

  app.setNotFoundHandler((request, reply) => {
    const method = request.method;
    const path = request.url.split('?')[0] ?? '';
    reply
      .status(404)
      .send(body('route_not_found', `No route ${method} ${path}`, [], { method, path }));
  });
}

/**
 * Fastify's own refusals before routing (a malformed percent-encoding in the URL, an
 * unsatisfiable constraint), in our error shape: pass as `frameworkErrors` when creating the app.
 */
export function sendFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message = error.code === 'FST_ERR_BAD_URL' ? 'The URL is malformed' : 'Bad request';
  void reply
    .status(400)
    .send(body('validation_failed', message, [fieldProblem('url', 'malformed_url', message)]));
}
