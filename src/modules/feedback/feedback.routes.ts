import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canDecideFeedback, canWorkWithFeedback } from './feedback.policy.js';
import { presentFeedback } from './feedback.presenter.js';
import {
  createFeedbackBody,
  decideFeedbackBody,
  feedbackOut,
  listFeedbackQuery,
  reviewFeedbackBody,
  updateFeedbackBody,
} from './feedback.schema.js';
import * as service from './feedback.service.js';

export function registerFeedbackRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithFeedback };
  const decide = { allow: canDecideFeedback };
  const tags = ['feedback'];

  r.get(
    '/api/v1/feedback',
    {
      config: work,
      schema: {
        operationId: 'listFeedback',
        tags,
        summary: 'List product feedback (yours and your scope; product and admin see all)',
        querystring: listFeedbackQuery,
        response: { 200: pageOf(feedbackOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listFeedback(db, actorOf(request), q, config.orgTimeZone);
      return pageResponse(q, listed, (i) => presentFeedback(i.feedback, i.access));
    },
  );

  r.post(
    '/api/v1/feedback',
    {
      config: work,
      schema: {
        operationId: 'createFeedback',
        tags,
        summary: 'Report product feedback (需求反馈), optionally from a ticket or for a customer',
        body: createFeedbackBody,
        response: { 201: feedbackOut },
      },
    },
    async (request, reply) => {
      const feedback = await service.createFeedback(db, actorOf(request), request.body);
      return reply.status(201).send(presentFeedback(feedback, 'write'));
    },
  );

  r.get(
    '/api/v1/feedback/:id',
    {
      config: work,
      schema: {
        operationId: 'getFeedback',
        tags,
        summary: 'A feedback item',
        params: idParams,
        response: { 200: feedbackOut },
      },
    },
    async (request) => {
      const { feedback, access, names } = await service.loadFeedback(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentFeedback({ ...feedback, ...names }, access);
    },
  );

  r.patch(
    '/api/v1/feedback/:id',
    {
      config: work,
      schema: {
        operationId: 'updateFeedback',
        tags,
        summary: 'Reword feedback before it is decided (stale version → 409, decided → 422)',
        params: idParams,
        body: updateFeedbackBody,
        response: { 200: feedbackOut, ...writeErrors },
      },
    },
    async (request) => {
      const { feedback, access } = await service.updateFeedback(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentFeedback(feedback, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/feedback/:id',
    operationId: 'deleteFeedback',
    tags,
    summary: 'Delete feedback (kept in history)',
    allow: canWorkWithFeedback,
    remove: (actor, id, version) => service.deleteFeedback(db, actor, id, version),
  });

  r.post(
    '/api/v1/feedback/:id/review',
    {
      config: decide,
      schema: {
        operationId: 'startFeedbackReview',
        tags,
        summary: 'Start reviewing new feedback (product only)',
        params: idParams,
        body: reviewFeedbackBody,
        response: { 200: feedbackOut, ...writeErrors },
      },
    },
    async (request) => {
      const { feedback, access } = await service.moveFeedback(
        db,
        actorOf(request),
        request.params.id,
        { ...request.body, status: 'reviewing' },
      );
      return presentFeedback(feedback, access);
    },
  );

  r.post(
    '/api/v1/feedback/:id/decision',
    {
      config: decide,
      schema: {
        operationId: 'decideFeedback',
        tags,
        summary: 'Adopt or reject feedback (product only; from new or reviewing; final)',
        params: idParams,
        body: decideFeedbackBody,
        response: { 200: feedbackOut, ...writeErrors },
      },
    },
    async (request) => {
      const { feedback, access } = await service.moveFeedback(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentFeedback(feedback, access);
    },
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/feedback/:id/history',
    operationId: 'listFeedbackHistory',
    entity: 'feedback',
    tags,
    summary: "A feedback item's change history",
    allow: canWorkWithFeedback,
    assertVisible: (actor, id) => service.loadFeedback(db, actor, id),
  });
}
