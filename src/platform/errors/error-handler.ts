import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, httpStatusOf, type ErrorCode, type ErrorDetail } from './app-error.js';

type ErrorBody = { error: { code: ErrorCode; message: string; details: ErrorDetail[] } };

const body = (code: ErrorCode, message: string, details: ErrorDetail[] = []): ErrorBody => ({
  error: { code, message, details },
});

/** Maps every failure to `{ error: { code, message, details } }` with the right status. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(httpStatusOf(error.code))
        .headers(error.headers)
        .send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const details = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { path: path === '' ? part : path, message: issue.message ?? 'invalid' };
      });
      return reply.status(400).send(body('validation_failed', `Invalid ${part}`, details));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('too_many_requests', error.message));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      return reply.status(400).send(body('validation_failed', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Internal server error'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
