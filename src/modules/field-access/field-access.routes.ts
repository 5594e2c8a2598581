import type { FastifyInstance } from 'fastify';
import type { FieldEntity, MaskableField } from '../../domain/access/field-access.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadContact } from '../contacts/contacts.service.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { loadCustomer } from '../customers/customers.service.js';
import { canWorkWithLeads } from '../leads/leads.policy.js';
import { loadLead } from '../leads/leads.service.js';
import { canManageFieldAccess } from './field-access.policy.js';
import {
  controlledFieldLists,
  fieldAccessOut,
  fieldAccessSettings,
  revealBody,
  revealOut,
} from './field-access.schema.js';
import { readFieldAccess, revealField, writeFieldAccess } from './field-access.service.js';

type Revealable = { id: string } & Partial<Record<MaskableField, string | null>>;

export function registerFieldAccessRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['settings'];

  r.get(
    '/api/v1/settings/field-access',
    {
      config: { allow: canManageFieldAccess },
      schema: {
        operationId: 'getFieldAccess',
        tags,
        summary:
          'Per role: which fields of customers, contacts and leads are read-only, hidden or masked (admins)',
        response: { 200: fieldAccessOut },
      },
    },
    async () => ({ ...(await readFieldAccess(db)), fields: controlledFieldLists }),
  );

  r.put(
    '/api/v1/settings/field-access',
    {
      config: { allow: canManageFieldAccess },
      schema: {
        operationId: 'replaceFieldAccess',
        tags,
        summary: 'Replace the field rules (admins); recorded in the history',
        body: fieldAccessSettings,
        response: { 200: fieldAccessOut },
      },
    },
    async (request) => ({
      ...(await writeFieldAccess(db, actorOf(request), request.body)),
      fields: controlledFieldLists,
    }),
  );

  const revealRoutes: {
    path: string;
    entity: FieldEntity;
    allow: (actor: Actor) => boolean;
    load: (actor: Actor, id: string) => Promise<Revealable>;
  }[] = [
    {
      path: 'customers',
      entity: 'customer',
      allow: canWorkWithCustomers,
      load: async (actor, id) => (await loadCustomer(db, actor, id)).customer,
    },
    {
      path: 'contacts',
      entity: 'contact',
      allow: canWorkWithCustomers,
      load: async (actor, id) => (await loadContact(db, actor, id)).contact,
    },
    {
      path: 'leads',
      entity: 'lead',
      allow: canWorkWithLeads,
      load: async (actor, id) => (await loadLead(db, actor, id)).lead,
    },
  ];
  for (const { path, entity, allow, load } of revealRoutes) {
    r.post(
      `/api/v1/${path}/:id/reveal`,
      {
        config: { allow },
        schema: {
          operationId: `reveal${entity[0]?.toUpperCase()}${entity.slice(1)}Field`,
          tags: [path],
          summary: `The full phone or e-mail of a ${entity} you see masked; recorded in its history`,
          params: idParams,
          body: revealBody,
          response: { 200: revealOut },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const record = await load(actor, request.params.id);
        return revealField(db, actor, entity, record, request.body.field);
      },
    );
  }
}
