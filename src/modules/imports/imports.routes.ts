import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { requestLanguage } from '../../platform/errors/request-language.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { AppError, refusal } from '../../platform/errors/app-error.js';
import { saveUpload, MAX_IMPORT_BYTES } from './import-files.js';
import { canImport } from './imports.policy.js';
import { csvLine, UTF8_BOM } from '../../platform/export/csv.js';
import { WRITABLE_ENTITIES } from './import-entity-writers.js';
import { presentError, presentJob, REPORT_HEADERS } from './imports.presenter.js';
import {
  dryRunOut,
  errorReportQuery,
  importEntityParams,
  importJobOut,
  importListOut,
  mappingBody,
  uploadedOut,
  uploadQuery,
} from './imports.schema.js';
import * as service from './imports.service.js';
import { errorPage } from './imports.repository.js';

const FILE_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Commits running in this process, so one job is never committed twice at once. */
const running = new Set<string>();

export function registerImportRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  void app.register(async (scope) => {
    // The file arrives as the raw body and is streamed to disk by the route, never buffered.
    scope.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));
    const r = api(scope);
    const tags = ['imports'];
    const allowed = { allow: canImport };

    r.post(
      '/api/v1/imports/:entity',
      {
        config: allowed,
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          operationId: 'uploadImport',
          tags,
          summary:
            'Upload a CSV or XLSX file to import (raw body): finds its header row and maps its columns',
          params: importEntityParams,
          querystring: uploadQuery,
          response: { 201: uploadedOut },
        },
      },
      async (request, reply) => {
        const body = request.body as Readable | undefined;
        if (!body || typeof body.pipe !== 'function')
          throw new AppError('validation_failed', 'Send the file as the request body', [
            { path: 'body', message: 'no file in the request body', code: 'malformed_body' },
          ]);
        const filePath = await saveUpload(body, request.query.fileName);
        const { job, sample } = await service.createImport(db, actorOf(request), {
          entity: request.params.entity,
          fileName: request.query.fileName,
          filePath,
          source: request.query.source,
        });
        return reply.status(201).send({ job: presentJob(job), sample });
      },
    );
  });

  const r = api(app);
  const tags = ['imports'];
  const allowed = { allow: canImport };

  r.get(
    '/api/v1/imports',
    {
      config: allowed,
      schema: {
        operationId: 'listImports',
        tags,
        summary: 'Your recent imports',
        response: { 200: importListOut },
      },
    },
    async (request) => ({
      items: (await service.listImports(db, actorOf(request))).map(presentJob),
      entities: [...WRITABLE_ENTITIES],
    }),
  );

  r.get(
    '/api/v1/imports/:id',
    {
      config: allowed,
      schema: {
        operationId: 'getImport',
        tags,
        summary: 'An import: its mapping, counts and progress',
        params: idParams,
        response: { 200: importJobOut },
      },
    },
    async (request) => presentJob(await service.loadJob(db, actorOf(request), request.params.id)),
  );

  r.put(
    '/api/v1/imports/:id/mapping',
    {
      config: allowed,
      schema: {
        operationId: 'replaceImportMapping',
        tags,
        summary: 'Map columns by hand (by header text); `save` keeps the mapping for the source',
        params: idParams,
        body: mappingBody,
        response: { 200: importJobOut },
      },
    },
    async (request) =>
      presentJob(await service.setMapping(db, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/v1/imports/:id/dry-run',
    {
      config: allowed,
      schema: {
        operationId: 'dryRunImport',
        tags,
        summary: 'Check every row and report errors by row and column, writing no record',
        params: idParams,
        response: { 200: dryRunOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const summary = await service.dryRun(db, actor, request.params.id, config.orgTimeZone);
      const language = requestLanguage(request.headers['accept-language']);
      const errors = await errorPage(db.kysely, request.params.id, 'dry_run', 200);
      return { ...summary, errors: errors.map((e) => presentError(e, language)) };
    },
  );

  r.post(
    '/api/v1/imports/:id/commit',
    {
      config: allowed,
      schema: {
        operationId: 'commitImport',
        tags,
        summary:
          'Import the valid rows in batches (continues a stopped import); follow its progress with GET',
        params: idParams,
        response: { 202: importJobOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = request.params.id;
      const job = await service.loadJob(db, actor, id);
      if (running.has(id))
        throw refusal('import_already_running', 'This import is already running', {});
      if (job.status !== 'done') {
        running.add(id);
        service
          .commitImport(db, actor, id, config.orgTimeZone)
          .catch((error: unknown) =>
            request.log.error({ err: error, importId: id }, 'import failed'),
          )
          .finally(() => running.delete(id));
      }
      return reply
        .status(202)
        .send(presentJob({ ...job, status: job.status === 'done' ? 'done' : 'committing' }));
    },
  );

  r.get(
    '/api/v1/imports/:id/errors.csv',
    {
      config: allowed,
      schema: {
        operationId: 'getImportErrorReport',
        tags,
        summary: 'The error report (CSV, in your language): row, column, error, code',
        params: idParams,
        querystring: errorReportQuery,
        response: { 200: z.unknown().describe('CSV text (text/csv): row, column, error, code') },
      },
    },
    async (request, reply) => {
      const job = await service.loadJob(db, actorOf(request), request.params.id);
      const language =
        request.query.language ?? requestLanguage(request.headers['accept-language']);
      async function* lines() {
        yield `${UTF8_BOM}${csvLine(REPORT_HEADERS[language])}`;
        for await (const error of service.jobErrors(db, job)) {
          const e = presentError(error, language);
          yield csvLine([e.row, e.column, e.message, e.code]);
        }
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-errors-${job.id}.csv"`)
        .send(Readable.from(lines()));
    },
  );
}
