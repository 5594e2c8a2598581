import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

const SALES_PAGES = ['leads', 'customers', 'pool', 'contacts', 'opportunities'];
const ADMIN_PAGES = [
  'users',
  'departments',
  'dataScopes',
  'pipelineStages',
  'keyFields',
  'fieldAccess',
  'templates',
  'customMetrics',
  'targets',
  'cycles',
  'recognitionSettings',
  'poolSettings',
  'products',
  'imports',
  'jobRuns',
];

describeEngines('the pages and workbench cards each role may open', (use) => {
  const areasOf = async (user: string) => {
    const session = await use().login(`${user}@example.com`, PASSWORD);
    const me = await use().request({ method: 'GET', url: '/api/v1/auth/me', as: session });
    expect(me.statusCode).toBe(200);
    return me.json().user.areas as string[];
  };

  beforeAll(async () => {
    const org = await buildOrg(use().db);
    await addRoleUsers(use().db, org);
  });

  it('offers a rep the sales pages and their own cards, and no campaign, team or setup page', async () => {
    expect(await areasOf('rep1')).toEqual([
      'workbench',
      ...SALES_PAGES,
      'contracts',
      'payments',
      'tickets',
      'feedback',
      'appraisal',
      'recognition',
      'followUpPlansCard',
      'staleOpportunitiesCard',
      'nextStepsCard',
      'scorecardCard',
      'recognitionFeedCard',
    ]);
  });

  it('offers service the ticket queue and the records it serves, no leads, pool or sales cards', async () => {
    expect(await areasOf('agent1')).toEqual([
      'workbench',
      'customers',
      'contacts',
      'opportunities',
      'contracts',
      'payments',
      'tickets',
      'feedback',
      'appraisal',
      'recognition',
      'ticketQueueCard',
      'followUpPlansCard',
      'scorecardCard',
      'recognitionFeedCard',
    ]);
  });

  it('offers marketing campaigns and leads, and no contracts, tickets or pool', async () => {
    expect(await areasOf('marketer')).toEqual([
      'workbench',
      'leads',
      'customers',
      'contacts',
      'opportunities',
      'feedback',
      'campaigns',
      'appraisal',
      'recognition',
      'followUpPlansCard',
      'scorecardCard',
      'campaignsCard',
      'recognitionFeedCard',
    ]);
  });

  it('offers a manager the team, the product catalogue and imports besides the sales pages', async () => {
    const areas = await areasOf('director');
    expect(areas).toEqual(
      expect.arrayContaining([
        ...SALES_PAGES,
        'campaigns',
        'team',
        'reports',
        'review',
        'products',
        'imports',
        'teamCard',
      ]),
    );
    expect(areas).not.toEqual(expect.arrayContaining(['users']));
    // Pool rules and the job log are an admin's.
    expect(areas).not.toContain('poolSettings');
    expect(areas).not.toContain('jobRuns');
    expect(areas).not.toContain('setupCard');
    expect(areas).not.toContain('systemHealthCard');
  });

  it('offers an admin every page and, on the workbench, the set-up and the system health only', async () => {
    const areas = await areasOf('admin');
    expect(areas).toEqual(
      expect.arrayContaining([...SALES_PAGES, 'team', 'reports', 'review', ...ADMIN_PAGES]),
    );
    expect(areas.filter((area) => area.endsWith('Card'))).toEqual([
      'setupCard',
      'systemHealthCard',
      'recognitionFeedCard',
    ]);
  });

  it('offers product feedback and their scorecard', async () => {
    expect(await areasOf('pm')).toEqual([
      'workbench',
      'feedback',
      'appraisal',
      'recognition',
      'scorecardCard',
      'recognitionFeedCard',
    ]);
  });

  it('gives the same areas at sign-in and in the session', async () => {
    const login = await use().request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'agent2@example.com', password: PASSWORD },
    });
    expect(login.json().user.areas).toEqual(await areasOf('agent2'));
  });
});
