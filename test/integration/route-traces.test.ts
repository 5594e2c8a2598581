import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';
import { filesRunBy, modulesOf } from '../support/route-trace.js';

/**
 * The goal is at most 4 modules for each of these routes. The live scorecard runs in 5 (the
 * appraisal, its scorecard, the metric engine, the custom metrics of the catalogue and the
 * templates); posting an activity runs in 7, because a customer's implicit parent access is built
 * from the visibility rules of the contracts, opportunities and tickets modules. The limits below
 * are today's counts, so that no route grows; lower them as modules are merged or rules move down.
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

  it('POST an activity runs code in at most 7 modules', async () => {
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
    expect(modules.length).toBeLessThanOrEqual(7);
  });

  it('GET the live scorecard runs code in at most 5 modules', async () => {
    const get = (query: string) =>
      use().request({ method: 'GET', url: `/api/v1/scorecard${query}`, as: rep });
    const modules = await modulesRunBy(
      async () => (await get('')).statusCode,
      async () => (await get('?period=year')).statusCode,
    );
    console.info(`GET /api/v1/scorecard runs code in ${modules.length} modules: ${modules}`);
    expect(modules).toContain('scorecard');
    expect(modules.length).toBeLessThanOrEqual(5);
  });
});
