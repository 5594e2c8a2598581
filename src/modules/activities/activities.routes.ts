import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { ACTIVITY_EXPORT_COLUMNS } from './activities.export.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { presentPlan } from '../plans/plans.presenter.js';
import { presentFinding } from '../quality/quality.presenter.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canWorkWithActivities } from './activities.policy.js';
import { presentActivity } from './activities.presenter.js';
import {
  activityOut,
  createActivityBody,
  createdActivityOut,
  listActivitiesQuery,
  updateActivityBody,
} from './activities.schema.js';
import * as service from './activities.service.js';
import * as writes from './activity-writes.service.js';

export function registerActivityRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithActivities };
  const tags = ['activities'];

  r.get(
    '/api/v1/activities',
    {
      config: work,
      schema: {
        operationId: 'listActivities',
        tags,
        summary: 'Activities on a record, or by author, type and org-zone days within your scope',
        querystring: listActivitiesQuery,
        response: { 200: pageOf(activityOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listActivities(db, actorOf(request), q, config.orgTimeZone);
      return pageResponse(q, listed, (i) => presentActivity(i.activity, i.access));
    },
  );

  r.post(
    '/api/v1/activities',
    {
      config: work,
      schema: {
        operationId: 'createActivity',
        tags,
        summary: 'Record a follow-up (跟进记录), optionally with the next follow-up plan',
        body: createActivityBody,
        response: { 201: createdActivityOut },
      },
    },
    async (request, reply) => {
      const { activity, completedPlanIds, nextFollowUp, openFlags } = await writes.createActivity(
        db,
        actorOf(request),
        request.body,
      );
      return reply.status(201).send({
        ...presentActivity(activity, 'write'),
        completedPlanIds,
        nextFollowUp: nextFollowUp ? presentPlan(nextFollowUp, 'write') : null,
        qualityFlags: openFlags.map(presentFinding),
      });
    },
  );

  r.get(
    '/api/v1/activities/:id',
    {
      config: work,
      schema: {
        operationId: 'getActivity',
        tags,
        summary: 'An activity',
        params: idParams,
        response: { 200: activityOut },
      },
    },
    async (request) => {
      const { activity, access } = await service.readActivity(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentActivity(activity, access);
    },
  );

  r.patch(
    '/api/v1/activities/:id',
    {
      config: work,
      schema: {
        operationId: 'updateActivity',
        tags,
        summary: 'Edit your own activity (validity and timeliness are re-derived)',
        params: idParams,
        body: updateActivityBody,
        response: { 200: activityOut },
      },
    },
    async (request) => {
      const { activity, access } = await writes.updateActivity(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentActivity(activity, access);
    },
  );

  r.delete(
    '/api/v1/activities/:id',
    {
      config: work,
      schema: {
        operationId: 'deleteActivity',
        tags,
        summary: 'Delete your own activity (kept in history)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await writes.deleteActivity(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/activities/export',
    operationId: 'exportActivities',
    tags,
    query: listActivitiesQuery,
    columns: ACTIVITY_EXPORT_COLUMNS,
    fileName: 'activities',
    allow: canWorkWithActivities,
    source: async (actor) => ({
      page: async (q) =>
        (await service.listActivities(db, actor, q, config.orgTimeZone)).items.map((i) =>
          presentActivity(i.activity, i.access),
        ),
    }),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/activities/:id/history',
    operationId: 'listActivityHistory',
    entity: 'activity',
    tags,
    summary: "An activity's change history",
    allow: canWorkWithActivities,
    assertVisible: (actor, id) => service.loadActivity(db, actor, id),
  });
}
