import { beforeAll, expect, it } from 'vitest';
import { call } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { commitAndWait, csvFile, upload } from '../support/import-files.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type ErrorOut = { row: number; column: string; code: string };

/**
 * A target sheet (业绩目标) imported by a sales manager: checked row by row as the targets API
 * checks a target (docs/METRICS.md, "Scoring" and "Imported records").
 */
describeEngines('imports of per-person targets', (use) => {
  let org: Org;
  let lead: string;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    lead = await use().login('lead@example.com', PASSWORD);
  });

  const targetsOf = (userId: string) =>
    use()
      .db.kysely.selectFrom('userTargets')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('metric')
      .execute();

  const sheet = [
    ['员工', '考核指标', '月份', '目标值'],
    ['rep1', '成交金额', '2026年10月', '¥150,000'],
    ['rep2@example.com', '回款目标', '2026Q4', '30万'],
    ['rep1', '活动记录频率', '2026-11', '1'],
    ['lead', '成交金额', '2026-11', '10万'],
    ['rep1', '赢单率', '2026-11', '140%'],
    ['rep3', '成交金额', '2026-11', '1万'],
    ['rep1', '成交金额', '2026-11', 'abc'],
  ];

  it('imports the valid rows of a target sheet, names each refused row’s column, and changes nothing when imported again', async () => {
    const { job } = await upload(use(), lead, 'target', '业绩目标.csv', csvFile(sheet));
    expect(job.mapping).toEqual(['user', 'metric', 'periodOf', 'target']);
    const dry = await call(use(), lead, 'POST', `/api/v1/imports/${job.id}/dry-run`, 200);
    expect(dry).toMatchObject({ valid: 2, invalid: 5 });
    expect(dry.errors.map((e: ErrorOut) => [e.row, e.column, e.code])).toEqual([
      // Sales template: activity_frequency has floor 2 a week; a target of 1 is below it.
      [4, '目标值', 'import_target_on_wrong_side_of_floor'],
      [5, '员工', 'import_target_own'],
      [6, '目标值', 'import_target_outside_unit_range'],
      // rep3 is outside the lead's team: not someone the lead may name.
      [7, '员工', 'import_owner_unknown'],
      [8, '目标值', 'import_amount_invalid'],
    ]);
    expect(await targetsOf(org.users.rep1.id)).toEqual([]);

    expect(await commitAndWait(use(), lead, job.id)).toMatchObject({
      status: 'done',
      rowsCreated: 2,
      rowsFailed: 5,
    });
    expect(await targetsOf(org.users.rep1.id)).toMatchObject([
      {
        metric: 'won_amount',
        periodStart: '2026-10-01',
        periodEnd: '2026-10-31',
        target: 15_000_000,
        setBy: org.users.lead.id,
      },
    ]);
    expect(await targetsOf(org.users.rep2.id)).toMatchObject([
      {
        metric: 'payment_amount',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        target: 30_000_000,
      },
    ]);

    const again = await upload(use(), lead, 'target', '业绩目标.csv', csvFile(sheet));
    expect(
      await call(use(), lead, 'POST', `/api/v1/imports/${again.job.id}/dry-run`, 200),
    ).toMatchObject({ valid: 0, existing: 2, invalid: 5 });
    await commitAndWait(use(), lead, again.job.id);
    expect(await targetsOf(org.users.rep1.id)).toMatchObject([{ target: 15_000_000, version: 1 }]);

    // A corrected value for the same person, metric and month replaces the target.
    const raised = await upload(
      use(),
      lead,
      'target',
      '业绩目标-2.csv',
      csvFile([sheet[0] ?? [], ['rep1', '成交金额', '2026-10-15', '16万']]),
    );
    expect(await commitAndWait(use(), lead, raised.job.id)).toMatchObject({ rowsCreated: 1 });
    expect(await targetsOf(org.users.rep1.id)).toMatchObject([
      { periodStart: '2026-10-01', target: 16_000_000, version: 2 },
    ]);
  });
});
