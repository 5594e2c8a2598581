import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import {
  idParams,
  pageOf,
  pageResponse,
  pageWindow,
  conflictErrors,
} from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { notFound } from '../../platform/errors/app-error.js';
import { isRole } from '../../platform/policy/roles.js';
import { canManageOrg, canReadOrg } from './org.policy.js';
import { presentDepartment, presentUser } from './org.presenter.js';
import {
  createDepartmentBody,
  createUserBody,
  deleteDepartmentQuery,
  departmentOut,
  listUsersQuery,
  roleOut,
  roleParams,
  updateDepartmentBody,
  updateRoleBody,
  updateUserBody,
  userOut,
} from './org.schema.js';
import * as service from './org.service.js';

export function registerOrgRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const manage = { allow: canManageOrg };
  const read = { allow: canReadOrg };

  r.get(
    '/api/v1/users',
    {
      config: read,
      schema: {
        operationId: 'listUsers',
        tags: ['organisation'],
        summary: 'List users',
        querystring: listUsersQuery,
        response: { 200: pageOf(userOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listUsers(
        db,
        { q: q.q, departmentId: q.departmentId, role: q.role, active: q.active },
        { by: q.sort, order: q.order },
        pageWindow(q),
      );
      return pageResponse(q, listed, presentUser);
    },
  );

  r.get(
    '/api/v1/users/:id',
    {
      config: read,
      schema: {
        operationId: 'getUser',
        tags: ['organisation'],
        summary: 'Get a user',
        params: idParams,
        response: { 200: userOut },
      },
    },
    async (request) => presentUser(await service.getUser(db, request.params.id)),
  );

  r.post(
    '/api/v1/users',
    {
      config: manage,
      schema: {
        operationId: 'createUser',
        tags: ['organisation'],
        summary: 'Create a user',
        body: createUserBody,
        response: { 201: userOut, ...conflictErrors },
      },
    },
    async (request, reply) => {
      const user = await service.createUser(db, actorOf(request), request.body, config.orgTimeZone);
      return reply.status(201).send(presentUser(user));
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateUser',
        tags: ['organisation'],
        summary: 'Update a user (send the version you read)',
        params: idParams,
        body: updateUserBody,
        response: { 200: userOut },
      },
    },
    async (request) =>
      presentUser(await service.updateUser(db, actorOf(request), request.params.id, request.body)),
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/users/:id/history',
    operationId: 'listUserHistory',
    entity: 'user',
    tags: ['organisation'],
    summary: "A user's change history",
    allow: canManageOrg,
    assertVisible: (_actor, id) => service.getUser(db, id),
  });

  r.get(
    '/api/v1/departments',
    {
      config: read,
      schema: {
        operationId: 'listDepartments',
        tags: ['organisation'],
        summary: 'List departments (a flat list; parentId makes the tree)',
        response: {
          200: z.object({ items: z.array(departmentOut), total: z.number().int() }),
        },
      },
    },
    async () => {
      const items = await service.listDepartments(db);
      return { items: items.map(presentDepartment), total: items.length };
    },
  );

  r.post(
    '/api/v1/departments',
    {
      config: manage,
      schema: {
        operationId: 'createDepartment',
        tags: ['organisation'],
        summary: 'Create a department',
        body: createDepartmentBody,
        response: { 201: departmentOut },
      },
    },
    async (request, reply) => {
      const department = await service.createDepartment(db, actorOf(request), request.body);
      return reply.status(201).send(presentDepartment(department));
    },
  );

  r.patch(
    '/api/v1/departments/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateDepartment',
        tags: ['organisation'],
        summary: 'Rename or move a department',
        params: idParams,
        body: updateDepartmentBody,
        response: { 200: departmentOut },
      },
    },
    async (request) =>
      presentDepartment(
        await service.updateDepartment(db, actorOf(request), request.params.id, request.body),
      ),
  );

  r.delete(
    '/api/v1/departments/:id',
    {
      config: manage,
      schema: {
        operationId: 'deleteDepartment',
        tags: ['organisation'],
        summary: 'Delete an empty department',
        params: idParams,
        querystring: deleteDepartmentQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteDepartment(
        db,
        actorOf(request),
        request.params.id,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/departments/:id/history',
    operationId: 'listDepartmentHistory',
    entity: 'department',
    tags: ['organisation'],
    summary: "A department's change history",
    allow: canManageOrg,
  });

  r.get(
    '/api/v1/roles',
    {
      config: read,
      schema: {
        operationId: 'listRoles',
        tags: ['organisation'],
        summary: 'Roles and their data scopes',
        response: { 200: z.object({ items: z.array(roleOut) }) },
      },
    },
    async () => ({ items: (await service.listRoles(db)).map((role) => roleOut.parse(role)) }),
  );

  r.put(
    '/api/v1/roles/:key',
    {
      config: manage,
      schema: {
        operationId: 'updateRoleScope',
        tags: ['organisation'],
        summary: "Change a role's data scope",
        params: roleParams,
        body: updateRoleBody,
        response: { 200: roleOut },
      },
    },
    async (request) =>
      roleOut.parse(
        await service.updateRoleScope(
          db,
          actorOf(request),
          request.params.key,
          request.body.dataScope,
        ),
      ),
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/roles/:id/history',
    operationId: 'listRoleHistory',
    entity: 'role',
    tags: ['organisation'],
    summary: "A role's history: changes of its data scope (:id is the role's key)",
    allow: canReadOrg,
    assertVisible: async (_actor, key) => {
      if (!isRole(key)) throw notFound('role');
    },
  });
}
