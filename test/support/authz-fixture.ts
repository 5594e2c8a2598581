import { expect } from 'vitest';
import { createDepartment, createUser } from '../../src/modules/org/org.service.js';
import { notify } from '../../src/modules/notifications/notify.service.js';
import type { Role } from '../../src/platform/policy/roles.js';
import { csvFile, upload } from './import-files.js';
import { PASSWORD } from './org-fixture.js';
import type { TestApp } from './test-app.js';

/** Who calls the routes: one user of each role in department A, and outsiders in department B. */
export const INSIDERS = [
  'admin',
  'executive',
  'hr',
  'manager',
  'sales',
  'service',
  'marketing',
  'product',
] as const satisfies readonly Role[];

/**
 * Members of department B whose roles see records by data scope (their own, or their reports'):
 * for them every record of department A must look as if it did not exist.
 */
export const OUTSIDERS = ['sales', 'manager'] as const satisfies readonly Role[];

/**
 * The records department A owns, by the path segment that names them in a route
 * (`/api/v1/customers/:id` → `customers`). `scoped` records belong to the sales rep of department
 * A (or are about them): outside the data scope they must answer 404. The others are reference
 * data or organisation-wide and are read by everyone whom the route admits.
 */
export type FixtureRecord = { id: string; version: number; scoped: boolean };

export type AuthzFixture = {
  /** Session cookies of the insiders by role, and of the outsiders by role. */
  insiders: Record<(typeof INSIDERS)[number], string>;
  outsiders: Record<(typeof OUTSIDERS)[number], string>;
  /** Logs in again as the insider of a role (for routes that end the caller's session). */
  freshSession: (who: { role: Role; outside: boolean }) => Promise<string>;
  records: Record<string, FixtureRecord>;
  /** User ids by insider role, for bodies that name a person. */
  users: Record<(typeof INSIDERS)[number], string>;
  departmentA: string;
  /** Texts only department A's scoped records carry: no answer to an outsider may contain one. */
  secrets: string[];
};

const email = (key: string) => `${key}@authz.example.com`;

/**
 * One organisation with a user of every role in department A (the sales rep reports to the
 * manager), two outsiders in department B, and one record of each kind, owned in department A.
 */
export async function buildAuthzFixture(app: TestApp): Promise<AuthzFixture> {
  const db = app.db;
  const company = await createDepartment(db, null, { name: 'Company' });
  const deptA = await createDepartment(db, null, { name: 'Sales East', parentId: company.id });
  const deptB = await createDepartment(db, null, { name: 'Sales West', parentId: company.id });
  const person = (key: string, role: Role, departmentId: string, managerId: string | null) =>
    createUser(db, null, {
      name: key,
      email: email(key),
      password: PASSWORD,
      roles: [role],
      departmentId,
      managerId,
      joinedOn: '2025-01-01',
    });
  const users = {} as AuthzFixture['users'];
  for (const role of INSIDERS.filter((r) => r !== 'sales'))
    users[role] = (await person(role, role, deptA.id, null)).id;
  users.sales = (await person('sales', 'sales', deptA.id, users.manager)).id;
  // The user the routes about people name: changing them (roles, password, deactivation) ends
  // nobody's session that the tests use.
  const bystander = await person('bystander', 'sales', deptA.id, users.manager);
  const outManager = await person('out-manager', 'manager', deptB.id, null);
  await person('out-sales', 'sales', deptB.id, outManager.id);

  const login = (key: string) => app.login(email(key), PASSWORD);
  const insiders = {} as AuthzFixture['insiders'];
  for (const role of INSIDERS) insiders[role] = await login(role);
  const outsiders = { sales: await login('out-sales'), manager: await login('out-manager') };

  const post = async (as: string, url: string, payload: object, status = 201) => {
    const response = await app.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
    return response.json();
  };
  const get = async (as: string, url: string) => {
    const response = await app.request({ method: 'GET', url, as });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  };
  const rep = insiders.sales;
  const at = '2026-11-17T02:00:00.000Z';

  const customer = await post(rep, '/api/v1/customers', {
    name: 'Alpha Secret Buyer',
    phone: '13900001111',
  });
  const duplicate = await post(rep, '/api/v1/customers', { name: 'Alpha Secret Buyer Two' });
  const contact = await post(rep, '/api/v1/contacts', {
    customerId: customer.id,
    name: 'Alpha Secret Contact',
  });
  const opportunity = await post(rep, '/api/v1/opportunities', {
    name: 'Alpha Secret Deal',
    amountCents: 100_000,
    customerId: customer.id,
  });
  const lead = await post(rep, '/api/v1/leads', { company: 'Alpha Secret Lead' });
  const otherLead = await post(rep, '/api/v1/leads', { company: 'Alpha Secret Lead Two' });
  const activity = await post(rep, '/api/v1/activities', {
    type: 'visit',
    recordType: 'customer',
    recordId: customer.id,
    content: '已拜访',
    occurredAt: at,
  });
  const plan = await post(rep, '/api/v1/plans', {
    dueAt: '2026-11-20T02:00:00.000Z',
    recordType: 'customer',
    recordId: customer.id,
  });
  const contract = await post(rep, '/api/v1/contracts', {
    customerId: customer.id,
    number: 'ALPHA-SECRET-1',
    title: 'Alpha Secret Contract',
    amountCents: 500_000,
    signedOn: '2026-11-01',
  });
  const paymentPlan = await post(rep, `/api/v1/contracts/${contract.id}/payment-plans`, {
    dueOn: '2026-12-01',
    amountCents: 200_000,
  });
  const payment = await post(rep, `/api/v1/contracts/${contract.id}/payments`, {
    amountCents: 100_000,
    receivedOn: '2026-11-10',
  });
  const ticket = await post(rep, '/api/v1/tickets', {
    title: 'Alpha Secret Ticket',
    customerId: customer.id,
    assigneeId: users.service,
  });
  const feedback = await post(rep, '/api/v1/feedback', {
    title: 'Alpha Secret Feedback',
    content: 'Export the pipeline with the stage history.',
  });
  await post(
    rep,
    `/api/v1/customers/${customer.id}/collaborators`,
    {
      userId: users.service,
      access: 'read',
    },
    200,
  );
  const token = await post(rep, '/api/v1/auth/tokens', { name: 'Alpha secret token' });

  const admin = insiders.admin;
  const pooled = await post(insiders.manager, '/api/v1/customers', {
    name: 'Pooled Prospect',
    ownerId: null,
  });
  const campaign = await post(insiders.marketing, '/api/v1/campaigns', {
    name: 'Spring fair',
    channel: 'exhibition',
    startOn: '2026-11-01',
  });
  const product = await post(admin, '/api/v1/products', { name: 'Valve', unitPriceCents: 1000 });
  const metric = await post(admin, '/api/v1/custom-metrics', {
    key: 'visit_share',
    nameZh: '拜访占比',
    nameEn: 'Share of visits',
    unit: 'percent',
    dir: '+',
    definition: {
      entity: 'activity',
      aggregate: { kind: 'count' },
      ownerField: 'actor_id',
      timeField: 'occurred_at',
    },
  });
  const target = await app.request({
    method: 'PUT',
    url: '/api/v1/targets',
    as: insiders.manager,
    payload: {
      userId: users.sales,
      metric: 'activity_frequency',
      period: 'month',
      anchorDay: '2026-11-15',
      target: 20,
    },
  });
  expect(target.statusCode, target.body).toBe(200);
  const cycle = await post(insiders.hr, '/api/v1/cycles', {
    name: 'October',
    kind: 'month',
    anchorDay: '2026-10-15',
  });
  const opened = await post(
    insiders.hr,
    `/api/v1/cycles/${cycle.id}/status`,
    { version: cycle.version, status: 'open' },
    200,
  );
  const results = await get(admin, `/api/v1/cycles/${cycle.id}/results?pageSize=200`);
  const result = results.items.find((r: { userId: string }) => r.userId === users.sales);
  const flags = await get(admin, `/api/v1/quality/flags?userId=${users.sales}`);
  const flag = flags.items[0];
  const imported = await upload(
    app,
    insiders.manager,
    'customer',
    'customers.csv',
    csvFile([
      ['客户名称', '手机'],
      ['Alpha Secret Import', '13900002222'],
    ]),
  );
  await notify(
    db,
    [
      {
        recipientId: users.sales,
        kind: 'plan_due_soon',
        recordType: 'plan',
        recordId: plan.id,
        occurrence: '2026-11-20',
        params: { recordName: 'Alpha Secret Buyer', dueAt: '2026-11-20T02:00:00.000Z' },
        link: null,
      },
    ],
    new Date(at),
  );
  const notifications = await get(rep, '/api/v1/notifications');
  const templates = await get(admin, '/api/v1/templates');
  const template = templates.items[0];
  const versions = await get(admin, `/api/v1/templates/${template.id}/versions`);
  const stages = await get(admin, '/api/v1/pipeline-stages');
  const badge = await post(admin, '/api/v1/recognition/badges', {
    nameZh: '勤奋',
    nameEn: 'Diligent',
    rule: { metric: 'activity_frequency', threshold: 10, window: { kind: 'month' } },
  });

  for (const [name, value] of Object.entries({
    result,
    flag,
    notification: notifications.items[0],
  }))
    if (!value) throw new Error(`authorisation fixture: no ${name}`);

  type Made = string | { id: string; version?: number };
  const record = (made: Made, scoped: boolean): FixtureRecord =>
    typeof made === 'string'
      ? { id: made, version: 1, scoped }
      : { id: made.id, version: made.version ?? 1, scoped };
  const scoped = (made: Made) => record(made, true);
  const shared = (made: Made) => record(made, false);
  return {
    insiders,
    outsiders,
    freshSession: ({ role, outside }) => login(outside ? `out-${role}` : role),
    users,
    departmentA: deptA.id,
    secrets: [
      'Alpha Secret',
      'Alpha secret',
      '13900001111',
      ...[customer, contact, opportunity, lead, activity, plan, contract, payment, ticket].map(
        (r: { id: string }) => r.id,
      ),
    ],
    records: {
      customers: scoped(customer),
      duplicateCustomer: scoped(duplicate),
      contacts: scoped(contact),
      opportunities: scoped(opportunity),
      leads: scoped(lead),
      otherLead: scoped(otherLead),
      activities: scoped(activity),
      plans: scoped(plan),
      contracts: scoped(contract),
      'payment-plans': scoped(paymentPlan),
      payments: scoped(payment),
      tickets: scoped(ticket),
      feedback: scoped(feedback),
      'cycle-results': scoped(result),
      flags: scoped(flag),
      targets: scoped(target.json().id),
      imports: scoped(imported.job.id),
      notifications: scoped(notifications.items[0].id),
      tokens: scoped(token),
      pool: shared(pooled),
      campaigns: shared(campaign),
      products: shared(product),
      'custom-metrics': shared(metric),
      cycles: shared(opened),
      templates: shared(template),
      'template-versions': shared(versions.items[0].id),
      'pipeline-stages': shared(stages.items[0].id),
      badges: shared(badge),
      departments: shared(deptA),
      users: shared(bystander),
      roles: shared('sales'),
    },
  };
}
