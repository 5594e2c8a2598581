import { beforeAll, expect, it } from 'vitest';
import { insertOpportunity } from '../support/crm-rows.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describeEngines(
  'sharing cannot widen or outlive the sharer’s access; shares never delete',
  (use) => {
    let org: Org;
    let rep1: string, rep2: string, rep3: string, lead: string;

    const request = (
      method: 'GET' | 'POST' | 'DELETE',
      url: string,
      as: string,
      payload?: object,
    ) => use().request({ method, url, as, ...(payload ? { payload } : {}) });
    const share = (
      base: string,
      as: string,
      userId: string,
      access: 'read' | 'write',
      until?: string,
    ) =>
      request('POST', `${base}/collaborators`, as, { userId, access, ...(until ? { until } : {}) });

    beforeAll(async () => {
      org = await buildOrg(use().db);
      const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
      rep1 = await login('rep1');
      rep2 = await login('rep2');
      rep3 = await login('rep3');
      lead = await login('lead');
    });

    it('stops a 10-minute write share from re-sharing itself forever and deleting the customer', async () => {
      const id = (await request('POST', '/api/v1/customers', rep1, { name: 'Target Co' })).json()
        .id;
      const base = `/api/v1/customers/${id}`;
      const tenMinutes = inMinutes(10);
      expect((await share(base, rep1, org.users.rep2.id, 'write', tenMinutes)).statusCode).toBe(
        200,
      );

      const forever = await share(base, rep2, org.users.rep3.id, 'write');
      expect(forever.statusCode).toBe(403);
      expect(forever.json().error.details).toEqual([
        expect.objectContaining({ path: 'until', code: 'share_outlives_own_access' }),
      ]);
      expect((await share(base, rep2, org.users.rep3.id, 'write', inMinutes(60))).statusCode).toBe(
        403,
      );
      // Within their own window a write collaborator may share.
      expect((await share(base, rep2, org.users.rep3.id, 'read', tenMinutes)).statusCode).toBe(200);
      // A read collaborator shares nothing, not even read.
      const fromRead = await share(base, rep3, org.users.lead.id, 'read', tenMinutes);
      expect(fromRead.statusCode).toBe(403);

      const version = (await request('GET', base, rep2)).json().version;
      const removed = await request('DELETE', `${base}?version=${version}`, rep2);
      expect(removed.statusCode).toBe(403);
      expect((await request('GET', base, rep1)).statusCode).toBe(200);
      // The owner's manager deletes (scope covers the owner).
      expect((await request('DELETE', `${base}?version=${version}`, lead)).statusCode).toBe(204);
    });

    it('keeps opportunities to the same rules', async () => {
      const customer = (
        await request('POST', '/api/v1/customers', rep1, { name: 'Opp Co' })
      ).json();
      const { id } = await insertOpportunity(use().db, {
        customerId: customer.id,
        ownerId: org.users.rep1.id,
        name: 'Big Deal',
      });
      const base = `/api/v1/opportunities/${id}`;
      expect((await share(base, rep1, org.users.rep2.id, 'write', inMinutes(10))).statusCode).toBe(
        200,
      );
      expect((await share(base, rep2, org.users.rep3.id, 'write')).statusCode).toBe(403);
      const version = (await request('GET', base, rep2)).json().version;
      expect((await request('DELETE', `${base}?version=${version}`, rep2)).statusCode).toBe(403);
      expect((await request('DELETE', `${base}?version=${version}`, rep1)).statusCode).toBe(204);
    });
  },
);
