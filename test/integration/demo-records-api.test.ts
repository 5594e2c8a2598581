import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../../src/simulator/demo-organisation.js';
import { describeEngines } from '../support/describe-engines.js';
import type { TestApp } from '../support/test-app.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

/**
 * Every kind of record the demo company is seeded with can be read and edited through the API
 * by the person who would edit it: nothing the seed writes is a value the API refuses (demo
 * campaigns once stored channels as Chinese labels, so their edit failed).
 */

type Sample = { id: string; editor: string };
type RecordKind = {
  kind: string;
  /** Up to `limit` seeded records and who edits each (the user id of its owner, actor, …). */
  sample: (app: TestApp, limit: number) => Promise<Sample[]>;
  url: (id: string) => string;
  /** A harmless edit of the record as read. */
  edit: (record: Record<string, unknown>) => Record<string, unknown>;
  /** Read every record of the kind (few enough), not just a sample. */
  all?: boolean;
  /** Where a record without a read of its own is found: the list of its kind. */
  readFromList?: string;
};

const note = 'Checked during the demo walk-through';

const kinds: RecordKind[] = [
  {
    kind: 'customer',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('customers')
        .select(['id', 'ownerId as editor'])
        .where('ownerId', 'is not', null)
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/customers/${id}`,
    edit: () => ({ requirement: note }),
  },
  {
    kind: 'contact',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('contacts')
        .innerJoin('customers', 'customers.id', 'contacts.customerId')
        .select(['contacts.id', 'customers.ownerId as editor'])
        .where('customers.ownerId', 'is not', null)
        .where('contacts.deletedAt', 'is', null)
        .orderBy('contacts.id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/contacts/${id}`,
    edit: () => ({ note }),
  },
  {
    kind: 'lead',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('leads')
        .select(['id', 'ownerId as editor'])
        .where('ownerId', 'is not', null)
        .where('status', 'in', ['new', 'working'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/leads/${id}`,
    edit: () => ({ requirement: note }),
  },
  {
    kind: 'opportunity',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('opportunities')
        .select(['id', 'ownerId as editor'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/opportunities/${id}`,
    edit: (record) => ({ name: record.name }),
  },
  {
    kind: 'activity',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('activities')
        .select(['id', 'actorId as editor'])
        .where('deletedAt', 'is', null)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/activities/${id}`,
    edit: (record) => ({ content: record.content }),
  },
  {
    kind: 'follow-up plan',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('followUpPlans')
        .select(['id', 'ownerId as editor'])
        .where('completedAt', 'is', null)
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/plans/${id}`,
    edit: () => ({ note }),
  },
  {
    kind: 'contract',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('contracts')
        .select(['id', 'ownerId as editor'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/contracts/${id}`,
    edit: (record) => ({ title: record.title }),
  },
  {
    kind: 'payment plan',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('paymentPlans')
        .innerJoin('contracts', 'contracts.id', 'paymentPlans.contractId')
        .select(['paymentPlans.id', 'contracts.ownerId as editor'])
        .where('paymentPlans.deletedAt', 'is', null)
        .orderBy('paymentPlans.id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/payment-plans/${id}`,
    edit: () => ({ note }),
  },
  {
    kind: 'payment',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('payments')
        .innerJoin('contracts', 'contracts.id', 'payments.contractId')
        .select(['payments.id', 'contracts.ownerId as editor'])
        .where('payments.deletedAt', 'is', null)
        .orderBy('payments.id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/payments/${id}`,
    edit: () => ({ method: 'bank transfer' }),
  },
  {
    kind: 'ticket',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('tickets')
        .select(['id', 'assigneeId as editor'])
        .where('assigneeId', 'is not', null)
        .where('status', 'not in', ['resolved', 'closed'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/tickets/${id}`,
    edit: () => ({ description: note }),
  },
  {
    kind: 'feedback',
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('feedback')
        .select(['id', 'reporterId as editor'])
        .where('status', 'in', ['new', 'reviewing'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/feedback/${id}`,
    edit: (record) => ({ title: record.title }),
  },
  {
    kind: 'campaign',
    all: true,
    sample: (app, limit) =>
      app.db.kysely
        .selectFrom('campaigns')
        .select(['id', 'ownerId as editor'])
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<Sample[]>,
    url: (id) => `/api/v1/campaigns/${id}`,
    // As the edit form sends it: the fields as read, the description changed.
    edit: (record) => ({
      name: record.name,
      channel: record.channel,
      status: record.status,
      startOn: record.startOn,
      budgetCents: record.budgetCents,
      description: note,
    }),
  },
  {
    kind: 'product',
    all: true,
    sample: (app, limit) => byAdmin(app, 'products', limit),
    url: (id) => `/api/v1/products/${id}`,
    edit: (record) => ({ name: record.name }),
  },
  {
    kind: 'user',
    all: true,
    sample: (app, limit) => byAdmin(app, 'users', limit),
    url: (id) => `/api/v1/users/${id}`,
    edit: (record) => ({ name: record.name }),
  },
  {
    kind: 'department',
    all: true,
    sample: (app, limit) => byAdmin(app, 'departments', limit),
    url: (id) => `/api/v1/departments/${id}`,
    readFromList: '/api/v1/departments',
    edit: (record) => ({ name: record.name }),
  },
];

/** Records only the administrator edits. */
async function byAdmin(
  app: TestApp,
  table: 'products' | 'users' | 'departments',
  limit: number,
): Promise<Sample[]> {
  const admin = await adminId(app);
  const rows = await app.db.kysely
    .selectFrom(table)
    .select('id')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, editor: admin }));
}

async function adminId(app: TestApp): Promise<string> {
  const row = await app.db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'admin@demo.yardstick.local')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The records of a list response (a page, or a plain array). */
function listed(body: unknown): Record<string, unknown>[] {
  if (Array.isArray(body)) return body as Record<string, unknown>[];
  return (body as { items: Record<string, unknown>[] }).items;
}

describeEngines('demo records through the API', (use) => {
  const sessions = new Map<string, string>();
  /** A session of the given user (every demo account shares the demo password). */
  const as = async (userId: string) => {
    const known = sessions.get(userId);
    if (known) return known;
    const user = await use()
      .db.kysely.selectFrom('users')
      .select('email')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const session = await use().login(user.email, DEMO_PASSWORD);
    sessions.set(userId, session);
    return session;
  };

  beforeAll(async () => {
    await seedDemoOrganisation(use().db, '2026-11-18');
  }, 300_000);

  for (const kind of kinds)
    it(`reads and edits seeded ${kind.kind} records`, async () => {
      const app = use();
      const samples = await kind.sample(app, kind.all ? 500 : 5);
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) {
        const session = await as(sample.editor);
        const url = kind.readFromList ?? kind.url(sample.id);
        const read = await app.request({ method: 'GET', url, as: session });
        expect(read.statusCode, `GET ${kind.kind} ${sample.id}: ${read.body}`).toBe(200);
        const record = kind.readFromList
          ? listed(read.json()).find((item) => item.id === sample.id)
          : read.json<Record<string, unknown>>();
        if (!record) throw new Error(`${kind.kind} ${sample.id} is not in ${url}`);
        const body = { ...kind.edit(record), version: record.version };
        const edited = await app.request({
          method: 'PATCH',
          url: kind.url(sample.id),
          payload: body,
          as: session,
        });
        expect(edited.statusCode, `PATCH ${kind.kind} ${sample.id}: ${edited.body}`).toBe(200);
      }
    });

  it('reads every seeded cycle with each result and its items', async () => {
    const app = use();
    const admin = await as(await adminId(app));
    const cycles = await app.db.kysely.selectFrom('cycles').select('id').execute();
    expect(cycles.length).toBeGreaterThan(0);
    for (const cycle of cycles) {
      const read = await app.request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}`,
        as: admin,
      });
      expect(read.statusCode, `GET cycle ${cycle.id}: ${read.body}`).toBe(200);
      const stored = await app.db.kysely
        .selectFrom('cycleResults')
        .select('id')
        .where('cycleId', '=', cycle.id)
        .execute();
      const page = await app.request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=200`,
        as: admin,
      });
      expect(page.statusCode, `GET results of ${cycle.id}: ${page.body}`).toBe(200);
      expect(page.json<{ total: number }>().total).toBe(stored.length);
      for (const result of stored) {
        const items = await app.db.kysely
          .selectFrom('cycleResultItems')
          .select('metric')
          .where('resultId', '=', result.id)
          .execute();
        const one = await app.request({
          method: 'GET',
          url: `/api/v1/cycle-results/${result.id}`,
          as: admin,
        });
        expect(one.statusCode, `GET result ${result.id}: ${one.body}`).toBe(200);
        expect(
          one
            .json<{ items: { metric: string }[] }>()
            .items.map((i) => i.metric)
            .sort(),
        ).toEqual(items.map((i) => i.metric).sort());
      }
    }
  });

  it('reads seeded data-quality flags, and their reviewer clears one', async () => {
    const app = use();
    const admin = await as(await adminId(app));
    const flags = await app.db.kysely
      .selectFrom('qualityFlags')
      .select(['id', 'status'])
      .orderBy('id')
      .limit(20)
      .execute();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const read = await app.request({
        method: 'GET',
        url: `/api/v1/quality/flags/${flag.id}`,
        as: admin,
      });
      expect(read.statusCode, `GET flag ${flag.id}: ${read.body}`).toBe(200);
      expect(read.json<{ status: string }>().status).toBe(flag.status);
    }
    const open = flags.find((f) => f.status === 'open');
    if (!open) throw new Error('the demo has no open flag among the first 20');
    const cleared = await app.request({
      method: 'POST',
      url: `/api/v1/quality/flags/${open.id}/clear`,
      payload: { reason: note },
      as: admin,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
  });

  it('reads the replies of seeded tickets as their agent', async () => {
    const app = use();
    const tickets = await app.db.kysely
      .selectFrom('ticketReplies')
      .innerJoin('tickets', 'tickets.id', 'ticketReplies.ticketId')
      .select(['tickets.id', 'tickets.assigneeId'])
      .select((eb) => eb.fn.countAll<number>().as('replies'))
      .where('tickets.assigneeId', 'is not', null)
      .groupBy(['tickets.id', 'tickets.assigneeId'])
      .orderBy('tickets.id')
      .limit(5)
      .execute();
    expect(tickets.length).toBeGreaterThan(0);
    for (const ticket of tickets) {
      const read = await app.request({
        method: 'GET',
        url: `/api/v1/tickets/${ticket.id}/replies`,
        as: await as(ticket.assigneeId ?? ''),
      });
      expect(read.statusCode, `GET replies of ${ticket.id}: ${read.body}`).toBe(200);
      expect(listed(read.json())).toHaveLength(Number(ticket.replies));
    }
  });

  it('takes back the seeded pool settings as read', async () => {
    const app = use();
    const admin = await as(await adminId(app));
    const read = await app.request({ method: 'GET', url: '/api/v1/pool/settings', as: admin });
    expect(read.statusCode, read.body).toBe(200);
    const saved = await app.request({
      method: 'PUT',
      url: '/api/v1/pool/settings',
      payload: read.json(),
      as: admin,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ rules: unknown[] }>().rules).toEqual(
      read.json<{ rules: unknown[] }>().rules,
    );
  });

  itKeepsSnapshotInputsInStep(use);
});
