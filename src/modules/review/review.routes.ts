import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requestLanguage } from '../../platform/errors/request-language.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { conflictErrors, idParams, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { presentVersion } from '../templates/templates.presenter.js';
import { templateVersionOut } from '../templates/templates.schema.js';
import * as feedback from './item-feedback.service.js';
import { canGiveItemFeedback, canRunReview } from './review.policy.js';
import { reviewCsv } from './review.presenter.js';
import {
  adoptBody,
  cycleIdsOf,
  feedbackBody,
  feedbackParams,
  ownFeedbackOut,
  quarterlyReviewOut,
  reviewQuery,
  whatIfBody,
  whatIfOut,
} from './review.schema.js';
import { quarterlyReview } from './review.service.js';
import { adoptWhatIf, whatIf } from './what-if.service.js';

export function registerReviewRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['quarterly review'];

  r.get(
    '/api/v1/reviews',
    {
      config: { allow: canRunReview },
      schema: {
        operationId: 'getQuarterlyReview',
        tags,
        summary:
          'The quarterly review (复盘) of closed cycles: item distributions and health flags, outcome links, employees’ feedback',
        querystring: reviewQuery,
        response: { 200: quarterlyReviewOut, ...writeErrors },
      },
    },
    async (request) => quarterlyReview(db, actorOf(request), cycleIdsOf(request.query)),
  );

  r.get(
    '/api/v1/reviews/export.csv',
    {
      config: { allow: canRunReview },
      schema: {
        operationId: 'exportQuarterlyReview',
        tags,
        summary: 'The review’s items as CSV, in your language',
        querystring: reviewQuery,
        response: {
          200: z.unknown().describe('CSV text (text/csv): one line per template item'),
          ...writeErrors,
        },
      },
    },
    async (request, reply) => {
      const review = await quarterlyReview(db, actorOf(request), cycleIdsOf(request.query));
      const language = requestLanguage(request.headers['accept-language']);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="quarterly-review.csv"')
        .send(Readable.from(reviewCsv(review, language)));
    },
  );

  r.post(
    '/api/v1/cycles/:id/what-if',
    {
      config: { allow: canRunReview },
      schema: {
        operationId: 'runWhatIf',
        tags,
        summary:
          'Rescore a closed cycle under a proposed template version, changing nothing: old and new totals, grades and ranks',
        params: idParams,
        body: whatIfBody,
        response: { 200: whatIfOut, ...writeErrors },
      },
    },
    async (request) => whatIf(db, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/what-if/adopt',
    {
      config: { allow: canRunReview },
      schema: {
        operationId: 'adoptWhatIf',
        tags,
        summary:
          'Adopt a what-if: the proposal becomes the template’s next version (the note is its changelog), used by cycles opened from now on',
        body: adoptBody,
        response: { 201: templateVersionOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentVersion(await adoptWhatIf(db, actorOf(request), request.body))),
  );

  r.get(
    '/api/v1/cycles/:id/item-feedback/me',
    {
      config: { allow: canGiveItemFeedback },
      schema: {
        operationId: 'listMyItemFeedback',
        tags,
        summary: 'Your own comments and “unfair” votes on the items of your scorecard in a cycle',
        params: idParams,
        response: { 200: z.object({ items: z.array(ownFeedbackOut) }) },
      },
    },
    async (request) => ({
      items: await feedback.ownFeedback(db, actorOf(request), request.params.id),
    }),
  );

  r.put(
    '/api/v1/cycles/:id/item-feedback/:metric',
    {
      config: { allow: canGiveItemFeedback },
      schema: {
        operationId: 'giveItemFeedback',
        tags,
        summary:
          'Comment on an item of your own scorecard and vote it unfair (one per item and cycle, changeable while the cycle runs)',
        params: feedbackParams,
        body: feedbackBody,
        response: { 200: ownFeedbackOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) =>
      feedback.giveFeedback(
        db,
        actorOf(request),
        request.params.id,
        request.params.metric,
        request.body,
      ),
  );
}
