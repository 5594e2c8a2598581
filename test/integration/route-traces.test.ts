import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';
import { filesRunBy, modulesOf } from '../support/route-trace.js';

/**
 * At most 4 modules for each of these routes. Posting an activity runs in the activities module,
 * the customer it is about, the follow-up plan it may schedule and the quality verdict it stores
 * (the implicit parent access of the customer is a data-scope condition of src/db, not the rules
 * of three more modules); the live scorecard runs in the appraisal (participants, templates and
 * the metric catalogue), the scorecard, the metric engine and the custom metrics it computes.
 *
 * How many capability modules (folders of src/modules) a request runs code in, from V8's
 * coverage of the request. What every request of the route runs before its handler —
 * authentication (the auth and org modules) and validation — is measured on the same route with
 * a request that fails validation, and left out.
 */
describeEngines('route traces', (use) => {
  let rep: string;
  let customerId: string;

  const modulesRunBy = async (
    valid: () => Promise<number>,
    refused: () => Promise<number>,
  ): Promise<string[]> => {
    // Warm up once, so that loading code and caches do not count.
    expect(await valid()).toBeLessThan(300);
    expect(await refused()).toBe(400);
    const pipeline = await filesRunBy(async () => {
      expect(await refused()).toBe(400);
    });
    const files = await filesRunBy(async () => {
      expect(await valid()).toBeLessThan(300);
    });
    return modulesOf(files.filter((f) => !pipeline.includes(f)));
  };

  beforeAll(async () => {
    await buildOrg(use().db);
    rep = await use().login('rep1@example.com', PASSWORD);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: rep,
      payload: { name: '华东精工' },
    });
    customerId = created.json().id;
  });

  it('POST an activity runs code in at most 4 modules', async () => {
    let n = 0;
    const post = (payload: object) =>
      use().request({ method: 'POST', url: '/api/v1/activities', as: rep, payload });
    const modules = await modulesRunBy(
      async () =>
        (
          await post({
            type: 'call',
            recordType: 'customer',
            recordId: customerId,
            content: `电话沟通了续约方案，客户下周给答复（第 ${++n} 次）`,
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          })
        ).statusCode,
      async () => (await post({ type: 'call' })).statusCode,
    );
    console.info(`POST /api/v1/activities runs code in ${modules.length} modules: ${modules}`);
    expect(modules).toContain('activities');
    expect(modules.length).toBeLessThanOrEqual(4);
  });

  it('GET the live scorecard runs code in at most 4 modules', async () => {
    const get = (query: string) =>
      use().request({ method: 'GET', url: `/api/v1/scorecard${query}`, as: rep });
    const modules = await modulesRunBy(
      async () => (await get('')).statusCode,
      async () => (await get('?period=year')).statusCode,
    );
    console.info(`GET /api/v1/scorecard runs code in ${modules.length} modules: ${modules}`);
    expect(modules).toContain('scorecard');
    expect(modules.length).toBeLessThanOrEqual(4);
  });
});
