import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { FILLABLE_FIELDS } from '../../src/db/customer-field-filled.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts, oneQuery } from '../../src/modules/metrics/metrics.repository.js';
import { DEFAULT_KEY_FIELDS, type KeyField } from '../../src/modules/metrics/metric-period.js';
import { describeDatabases } from '../support/describe-engines.js';
import { insertCustomer, insertQualityFlag } from '../support/metric-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';
import { nonZeroTotals } from '../support/stored-totals.js';

/** Values a field may hold: unset, blank, spaces only, and two filled ones. */
const VALUES = [null, '', '   ', '13800001111', '制造业'] as const;
const INSTANTS = ['2026-01-10T08:00:00.000Z', '2026-02-10T08:00:00.000Z'] as const;
const WRITABLE = ['phone', 'industry', 'region', 'level', 'address'] as const;
/** Fields a Q1 flag may name: placeholders counted, and another flag on the same field. */
const FLAGGABLE = ['phone', 'industry', 'region'] as const;

type Op =
  | { kind: 'insert'; owner: number; phone: number; industry: number }
  | { kind: 'owner'; pick: number; owner: number }
  | { kind: 'field'; pick: number; field: (typeof WRITABLE)[number]; value: number }
  | { kind: 'deleted'; pick: number; value: number }
  | { kind: 'flag'; pick: number; field: (typeof FLAGGABLE)[number]; rule: 'Q1' | 'Q2' }
  | { kind: 'flagStatus'; pick: number; open: boolean }
  | { kind: 'unflag'; pick: number }
  | { kind: 'delete'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      owner: fc.nat({ max: 2 }),
      phone: fc.nat({ max: VALUES.length - 1 }),
      industry: fc.nat({ max: VALUES.length - 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('owner' as const),
      pick: fc.nat(),
      owner: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...WRITABLE),
      value: fc.nat({ max: VALUES.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      pick: fc.nat(),
      value: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('flag' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...FLAGGABLE),
      // A flag of another rule on the same field is no placeholder.
      rule: fc.constantFrom('Q1' as const, 'Q1' as const, 'Q2' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('flagStatus' as const),
      pick: fc.nat(),
      open: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unflag' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);

/**
 * The owners' customer totals (src/db/customer-owner-totals.ts) and each customer's placeholder
 * bits (src/db/record-flags.ts) are kept by triggers through every kind of write to customers and
 * to their flags, and profile completeness, which reads them, gives what its evidence
 * adds up to at any period's end.
 */
describeDatabases('customer owner totals', (use) => {
  let owners: [string, string] = ['', ''];

  beforeAll(async () => {
    const org = await buildOrg(use().db);
    owners = [org.users.rep1.id, org.users.rep2.id];
  });

  const totalsStored = async () => {
    const rows = await use().db.kysely.selectFrom('customerOwnerTotals').selectAll().execute();
    return nonZeroTotals(
      rows.map((row): [string, number[]] => [
        row.ownerId,
        [row.customers, ...FILLABLE_FIELDS.map((field) => row[`${field}Filled`])].map(Number),
      ]),
    );
  };

  /** Each customer's fields with an open Q1 flag. */
  const placeholdersExpected = async () => {
    const flags = await use()
      .db.kysely.selectFrom('qualityFlags')
      .select(['recordId', 'field'])
      .where('entity', '=', 'customer')
      .where('rule', '=', 'Q1')
      .where('status', '=', 'open')
      .execute();
    const fields = new Map<string, Set<string>>();
    for (const { recordId, field } of flags)
      fields.set(recordId, (fields.get(recordId) ?? new Set()).add(field ?? ''));
    return fields;
  };

  /** The rule of customer-owner-totals.ts, applied in JavaScript to the customers as stored. */
  const totalsExpected = async () => {
    const rows = await use().db.kysely.selectFrom('customers').selectAll().execute();
    const placeholders = await placeholdersExpected();
    const totals: Record<string, number[]> = {};
    for (const c of rows) {
      if (c.ownerId === null || c.deletedAt !== null) continue;
      const counts = (totals[c.ownerId] ??= FILLABLE_FIELDS.map(() => 0).concat(0));
      counts[0] = (counts[0] ?? 0) + 1;
      FILLABLE_FIELDS.forEach((field, i) => {
        const value = c[field];
        const filled = value !== null && String(value).trim() !== '';
        if (filled && !placeholders.get(c.id)?.has(field)) counts[i + 1] = (counts[i + 1] ?? 0) + 1;
      });
    }
    return totals;
  };

  /** Each customer's stored placeholder bits against its open Q1 flags. */
  const placeholderBits = async () => {
    const rows = await use()
      .db.kysely.selectFrom('customers')
      .select(['id', 'placeholderFields'])
      .execute();
    const placeholders = await placeholdersExpected();
    return {
      stored: Object.fromEntries(rows.map((c) => [c.id, Number(c.placeholderFields)])),
      expected: Object.fromEntries(
        rows.map((c) => [
          c.id,
          FILLABLE_FIELDS.reduce(
            (bits, field, bit) => (placeholders.get(c.id)?.has(field) ? bits + 2 ** bit : bits),
            0,
          ),
        ]),
      ),
    };
  };

  const ownerOf = (n: number) => (n === 2 ? null : (owners[n] ?? null));
  const valueOf = (n: number) => VALUES[n % VALUES.length] ?? null;

  async function apply(op: Op, ids: string[]) {
    const { kysely } = use().db;
    if (op.kind === 'insert') {
      const owner = ownerOf(op.owner);
      const fields = { phone: valueOf(op.phone), industry: valueOf(op.industry) };
      ids.push(
        await insertCustomer(use().db, {
          owners: owner ? [{ ownerId: owner, from: INSTANTS[0] }] : [],
          fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
        }),
      );
      return;
    }
    if (op.kind === 'flagStatus' || op.kind === 'unflag') {
      const flags = await kysely.selectFrom('qualityFlags').select('id').orderBy('id').execute();
      const flag = flags[op.pick % Math.max(1, flags.length)]?.id;
      if (!flag) return;
      if (op.kind === 'unflag')
        await kysely.deleteFrom('qualityFlags').where('id', '=', flag).execute();
      else
        await kysely
          .updateTable('qualityFlags')
          .set({ status: op.open ? 'open' : 'cleared' })
          .where('id', '=', flag)
          .execute();
      return;
    }
    const picked = ids[op.pick % Math.max(1, ids.length)];
    if (!picked) return;
    if (op.kind === 'flag') {
      await insertQualityFlag(use().db, {
        rule: op.rule,
        entity: 'customer',
        recordId: picked,
        field: op.field,
        userId: owners[0],
        status: 'open',
      });
      return;
    }
    const where = kysely.updateTable('customers').where('id', '=', picked);
    if (op.kind === 'delete') {
      await kysely.deleteFrom('customers').where('id', '=', picked).execute();
      ids.splice(ids.indexOf(picked), 1);
    } else if (op.kind === 'owner') {
      const owner = ownerOf(op.owner);
      await where.set({ ownerId: owner, ownerSince: owner ? INSTANTS[1] : null }).execute();
    } else if (op.kind === 'field') {
      const value = valueOf(op.value);
      const level = value === '制造业' ? 'A' : value === null ? null : 'B';
      await where.set(op.field === 'level' ? { level } : { [op.field]: value }).execute();
    } else {
      await where.set({ deletedAt: op.value === 2 ? null : INSTANTS[op.value] }).execute();
    }
  }

  it('equal the customers added up by owner after every write of customers and flags', async () => {
    const { db } = use();
    let [steps, nonEmpty, placeheld] = [0, 0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 24 }), async (ops) => {
        await db.kysely.deleteFrom('qualityFlags').execute();
        await db.kysely.deleteFrom('customers').execute();
        expect(await totalsStored()).toEqual({});
        const ids: string[] = [];
        for (const op of ops) {
          await apply(op, ids);
          const expected = await totalsExpected();
          steps++;
          if (Object.keys(expected).length > 0) nonEmpty++;
          expect(await totalsStored()).toEqual(expected);
          const bits = await placeholderBits();
          expect(bits.stored).toEqual(bits.expected);
          if (Object.values(bits.expected).some((b) => b !== 0)) placeheld++;
        }
      }),
      { numRuns: 25, seed: 20261205 },
    );
    // The sequences left customers to add up most of the time, not only empty tables, and
    // placeholders on them often.
    expect(nonEmpty).toBeGreaterThan(steps / 2);
    expect(placeheld).toBeGreaterThan(steps / 8);
  });

  it('give profile completeness the sum of its evidence at any end, for everyone and for a few', async () => {
    const { db } = use();
    await db.kysely.deleteFrom('customers').execute();
    const [rep1, rep2] = owners;
    const filled = { phone: '13800001111', industry: '制造业', source: '展会', region: '华东' };
    // Owned throughout; owned only since February; passed on in February; deleted in February;
    // deleted in January; in the pool since February; a placeholder phone with an open Q1 flag.
    await insertCustomer(db, { owners: [{ ownerId: rep1, from: '2025-12-01' }], fields: filled });
    await insertCustomer(db, {
      owners: [
        { ownerId: rep1, from: '2025-12-01', to: '2026-02-01' },
        { ownerId: rep2, from: '2026-02-01' },
      ],
      fields: { phone: '13800002222' },
    });
    await insertCustomer(db, {
      owners: [{ ownerId: rep2, from: '2025-12-01' }],
      fields: { industry: '零售' },
      deletedAt: '2026-02-15',
    });
    await insertCustomer(db, {
      owners: [{ ownerId: rep2, from: '2025-12-01' }],
      deletedAt: '2026-01-05',
    });
    await insertCustomer(db, {
      owners: [{ ownerId: rep1, from: '2025-12-01', to: '2026-02-03' }],
      fields: filled,
    });
    const placeholder = await insertCustomer(db, {
      owners: [{ ownerId: rep2, from: '2025-12-01' }],
      fields: { phone: '12345678', region: '华南' },
    });
    await insertQualityFlag(db, {
      rule: 'Q1',
      entity: 'customer',
      recordId: placeholder,
      field: 'phone',
      userId: rep2,
      status: 'open',
    });
    const ends = ['2026-01-01', '2026-01-31', '2026-02-02', '2026-02-16', '2026-03-01'];
    const keyFieldSets: readonly (readonly KeyField[])[] = [DEFAULT_KEY_FIELDS, ['phone']];
    let counted = 0;
    for (const keyFields of keyFieldSets)
      for (const end of ends)
        for (const subjects of [undefined, [rep2]]) {
          const period = { start: new Date('2025-12-01T00:00:00Z'), end: new Date(end) };
          const ctx = factContext(db.dialect, period, 'Asia/Shanghai', { keyFields, subjects });
          const facts = FACTS.profile_completeness?.(ctx);
          if (!facts) throw new Error('no facts for profile_completeness');
          const byUser = (rows: Awaited<ReturnType<typeof aggregateFacts>>) =>
            [...rows].sort((a, b) => a.userId.localeCompare(b.userId));
          const summed = byUser(await aggregateFacts(db.kysely, facts));
          counted += summed.length;
          expect(summed, `${keyFields.join()} ${end} ${subjects?.length ?? 'all'}`).toEqual(
            byUser(await aggregateFacts(db.kysely, oneQuery(facts))),
          );
        }
    expect(counted).toBeGreaterThan(25);
  });
});
