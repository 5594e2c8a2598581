import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  httpStatusOf,
  type ErrorCode,
  type ErrorDetail,
  type ErrorParams,
} from './app-error.js';
import { localiseIssue, valueAt } from './localise-issue.js';
import { translateMessage } from './messages.zh-CN.js';
import { requestLanguage } from './request-language.js';

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

/** The same body in Chinese: the message and every detail message, paths untouched. */
const inChinese = ({ error }: ErrorBody): ErrorBody => ({
  error: {
    code: error.code,
    message: translateMessage(error.message),
    details: error.details.map((detail) => ({
      ...detail,
      message: translateMessage(detail.message),
    })),
    ...(error.params ? { params: error.params } : {}),
  },
});

const wantsChinese = (request: FastifyRequest): boolean =>
  requestLanguage(request.headers['accept-language']) === 'zh-CN';

const validatedPart = (request: FastifyRequest, part: string): unknown =>
  part === 'querystring'
    ? request.query
    : part === 'params'
      ? request.params
      : part === 'headers'
        ? request.headers
        : request.body;

/**
 * Maps every failure to `{ error: { code, message, details } }` with the right status, its
 * messages in the request's language (`Accept-Language`: Chinese or English).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const chinese = wantsChinese(request);
    const localised = (errorBody: ErrorBody): ErrorBody =>
      chinese ? inChinese(errorBody) : errorBody;
    if (error instanceof AppError) {
      return reply
        .status(httpStatusOf(error.code))
        .headers(error.headers)
        .send(localised(body(error.code, error.message, error.details, error.params)));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const input = validatedPart(request, part);
      const details = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const message = chinese
          ? localiseIssue(issue, valueAt(input, issue.instancePath))
          : (issue.message ?? 'invalid');
        return { path: path === '' ? part : path, message };
      });
      const message = `Invalid ${part}`;
      return reply
        .status(400)
        .send(body('validation_failed', chinese ? translateMessage(message) : message, details));
    }
    if (error.statusCode === 413) {
      const message = 'The request body is too large';
      return reply.status(413).send(localised(body('payload_too_large', message)));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(localised(body('too_many_requests', error.message)));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      return reply.status(400).send(localised(body('validation_failed', error.message)));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(localised(body('internal', 'Internal server error')));
  });

  app.setNotFoundHandler((request, reply) => {
    const notFoundBody = body(
      'not_found',
      `No route ${request.method} ${request.url.split('?')[0]}`,
    );
    reply.status(404).send(wantsChinese(request) ? inChinese(notFoundBody) : notFoundBody);
  });
}

/**
 * Fastify's own refusals before routing (a malformed percent-encoding in the URL, an
 * unsatisfiable constraint), in our error shape: pass as `frameworkErrors` when creating the app.
 */
export function sendFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message = error.code === 'FST_ERR_BAD_URL' ? 'The URL is malformed' : 'Bad request';
  const errorBody = body('validation_failed', message, [{ path: 'url', message }]);
  void reply.status(400).send(wantsChinese(request) ? inChinese(errorBody) : errorBody);
}
