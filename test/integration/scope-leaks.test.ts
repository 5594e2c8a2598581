import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('nothing out of scope beside the records', (use) => {
  let org: Org;
  let admin: string, rep1: string, rep2: string;

  type Method = 'GET' | 'POST' | 'PUT';
  const call = (method: Method, url: string, as: string, payload?: object) =>
    use().request({ method, url, as, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
    admin = await login('admin');
    rep1 = await login('rep1');
    rep2 = await login('rep2');
  });

  it('hints at a duplicate out of scope without its name, phone or owner', async () => {
    const theirs = await call('POST', '/api/v1/customers', rep1, {
      name: 'Secret Buyer Ltd',
      phone: '13800001111',
    });
    expect(theirs.statusCode).toBe(201);
    const lookup = await call(
      'GET',
      '/api/v1/duplicates?entity=customer&phone=138%200000%201111',
      rep2,
    );
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json().items).toEqual([
      { visible: false, entity: 'customer', matchedBy: 'phone' },
    ]);
    const created = await call('POST', '/api/v1/customers', rep2, { name: 'secret buyer ltd' });
    expect(created.json().duplicateHints).toEqual([
      { visible: false, entity: 'customer', matchedBy: 'name' },
    ]);
    const lead = await call('POST', '/api/v1/leads', rep2, {
      company: 'Secret Buyer Ltd',
      phone: '13800001111',
    });
    expect(lead.statusCode).toBe(201);
    // rep2's own customer of the same name is named; rep1's is only said to exist.
    expect(lead.json().duplicateHints).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'customer', visible: false }),
        expect.objectContaining({ entity: 'customer', visible: true, id: created.json().id }),
      ]),
    );
    expect(JSON.stringify(lookup.json())).not.toContain(org.users.rep1.id);

    // The owner, and anyone whose scope covers them, sees which record it is.
    const own = await call('GET', '/api/v1/duplicates?entity=customer&phone=13800001111', admin);
    expect(own.json().items.filter((i: { entity: string }) => i.entity === 'customer')).toEqual([
      {
        visible: true,
        entity: 'customer',
        id: theirs.json().id,
        name: 'Secret Buyer Ltd',
        matchedBy: 'phone',
      },
    ]);
  });

  /** Managers see their own department only: the director (Sales) sees rep3, not Sales East. */
  const withManagersInTheirDepartment = async (check: () => Promise<void>) => {
    expect(
      (await call('PUT', '/api/v1/roles/manager', admin, { dataScope: 'department' })).statusCode,
    ).toBe(200);
    try {
      await check();
    } finally {
      await call('PUT', '/api/v1/roles/manager', admin, { dataScope: 'self_and_reports' });
    }
  };
  const directorsTeam = (as: string) =>
    call('GET', `/api/v1/scorecard/team?managerId=${org.users.director.id}`, as);
  const memberIds = (response: { json: () => { members: { userId: string }[] } }) =>
    response.json().members.map((m) => m.userId);

  it('lists in a team scorecard only the reports inside the viewer’s data scope', async () => {
    await withManagersInTheirDepartment(async () => {
      const director = await use().login('director@example.com', PASSWORD);
      const team = await directorsTeam(director);
      expect(team.statusCode).toBe(200);
      expect(memberIds(team)).toEqual([org.users.rep3.id]);
    });
  });

  it('gives viewers asking for the same team at once each the reports in their own scope', async () => {
    await withManagersInTheirDepartment(async () => {
      const director = await use().login('director@example.com', PASSWORD);
      const teams = await Promise.all([director, admin, director, admin].map(directorsTeam));
      expect(teams.map((t) => t.statusCode)).toEqual([200, 200, 200, 200]);
      const everyone = [org.users.lead, org.users.rep1, org.users.rep2, org.users.rep3];
      const [ofDirector, ofAdmin, ofDirectorAgain, ofAdminAgain] = teams.map(memberIds);
      expect(ofDirector).toEqual([org.users.rep3.id]);
      expect(ofAdmin?.sort()).toEqual(everyone.map((u) => u.id).sort());
      expect(ofDirectorAgain).toEqual([org.users.rep3.id]);
      expect(ofAdminAgain?.sort()).toEqual(ofAdmin);
    });
  });
});
