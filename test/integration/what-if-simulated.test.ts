import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { whatIf } from '../../src/modules/review/what-if.service.js';
import { contentOf } from '../../src/modules/appraisal/template-content.js';
import * as templatesRepo from '../../src/modules/templates/templates.repository.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import { publishQuarterCycle } from '../support/simulated-cycles.js';

const runPostgres = await shouldRunPostgres();
const TIMELINESS = 'update_timeliness';

/**
 * The simulated demo company's last quarter, closed, and a what-if that doubles the weight of
 * timeliness in the sales scorecard: each total moves exactly as the weighted mean says, so
 * the late recorders go down and nobody gains more than the arithmetic allows.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `what-if on the simulated company [${engine}]`,
    () => {
      let database: TestDatabase;
      let moved: {
        archetype: string;
        old: number | null;
        change: number | null;
        expected: number;
      }[];

      beforeAll(async () => {
        database = await createTestDatabase(engine);
        const db = database.db;
        await prepareDatabase(db);
        await simulateCompany(db, { scale: 'demo', seed: 7, end: '2026-10-01' });
        const admin = await simulatedAdmin(db);
        const cycle = await publishQuarterCycle(db, admin, 'Q3', '2026-08-15');

        const template = await templatesRepo.findTemplateByRole(db.kysely, 'sales');
        const version = await templatesRepo.findVersion(
          db.kysely,
          template?.currentVersionId ?? '',
        );
        if (!template || !version) throw new Error('no sales template');
        const items = contentOf(version).items;
        const weightOf = new Map(items.map((i) => [i.metric, i.weight]));
        const doubled = weightOf.get(TIMELINESS) ?? 0;
        const answer = await whatIf(db, admin, cycle.id, {
          templateId: template.id,
          items: items.map((i) => (i.metric === TIMELINESS ? { ...i, weight: 2 * i.weight } : i)),
        });

        const profiles = await db.kysely.selectFrom('simulatorProfiles').selectAll().execute();
        const stored = await db.kysely
          .selectFrom('cycleResultItems')
          .innerJoin('cycleResults', 'cycleResults.id', 'cycleResultItems.resultId')
          .select([
            'cycleResults.userId',
            'cycleResultItems.metric',
            'cycleResultItems.score',
            'cycleResultItems.adjustedScore',
          ])
          .where('cycleResults.cycleId', '=', cycle.id)
          .execute();
        moved = answer.people.map((person) => {
          const own = stored.filter((s) => s.userId === person.userId);
          const scoreOf = (s: (typeof own)[number]) => s.adjustedScore ?? s.score;
          // Old total T over applicable weight W; the timeliness item adds w·s more:
          // new − old = w·(s − T) / (W + w).
          const applicable = own
            .filter((s) => scoreOf(s) !== null)
            .reduce((sum, s) => sum + (weightOf.get(s.metric) ?? 0), 0);
          const timeliness = own.find((s) => s.metric === TIMELINESS);
          const s = timeliness ? scoreOf(timeliness) : null;
          const old = person.oldTotal;
          return {
            archetype: profiles.find((p) => p.userId === person.userId)?.archetype ?? 'unknown',
            old,
            change: person.change,
            expected:
              old === null || s === null ? 0 : (doubled * (s - old)) / (applicable + doubled),
          };
        });
      }, 480_000);

      afterAll(async () => database?.drop());

      it('moves every total by exactly what doubling one weight allows', () => {
        expect(moved.length).toBeGreaterThan(5);
        for (const person of moved)
          if (person.old !== null) expect(person.change).toBeCloseTo(person.expected, 9);
      });

      it('moves the late recorders down', () => {
        const late = moved.filter((p) => p.archetype === 'late_recorder' && p.old !== null);
        expect(late.length).toBeGreaterThan(0);
        for (const person of late) expect(person.change).toBeLessThan(0);
      });
    },
  );
}
