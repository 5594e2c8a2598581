import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { contentKey } from '../../src/db/content-key.js';
import { verifyHistoryChain } from '../../src/platform/history/history-audit.js';
import { simulatedContentHash } from '../../src/simulator/content-hash.repository.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import {
  createTestDatabase,
  shouldRunPostgres,
  type EngineName,
  type TestDatabase,
} from '../support/engines.js';

const runPostgres = await shouldRunPostgres();
const opened: TestDatabase[] = [];

/** Simulates the `tiny` company into a fresh database of the engine and returns its content hash. */
async function hashOf(engine: EngineName, seed: number, end = '2025-07-01'): Promise<string> {
  const database = await createTestDatabase(engine);
  opened.push(database);
  await prepareDatabase(database.db);
  await simulateCompany(database.db, { scale: 'tiny', seed, end });
  return simulatedContentHash(database.db);
}

afterAll(async () => {
  for (const database of opened) await database.drop();
});

describe('company simulator: determinism', () => {
  it('gives the same content for the same scale, seed and end, and different content otherwise', async () => {
    const first = await hashOf('sqlite', 7);
    expect(await hashOf('sqlite', 7)).toBe(first);
    expect(await hashOf('sqlite', 8)).not.toBe(first);
    expect(await hashOf('sqlite', 7, '2025-06-01')).not.toBe(first);
  });

  it.skipIf(!runPostgres)(
    'gives the same content on PostgreSQL as on SQLite',
    async () => {
      expect(await hashOf('postgres', 7)).toBe(await hashOf('sqlite', 7));
    },
    120_000,
  );

  /** The simulated history verifies: several of the encoder's batches of 1,000, the last partial. */
  const verifiesItsHistory = async (engine: EngineName) => {
    const database = await createTestDatabase(engine);
    opened.push(database);
    await prepareDatabase(database.db);
    await simulateCompany(database.db, { scale: 'tiny', seed: 3, end: '2025-07-01' });
    const report = await verifyHistoryChain(database.db.kysely);
    expect(report.broken).toBeNull();
    expect(report.rows).toBeGreaterThan(2_500);
    expect(report.rows % 1_000).not.toBe(0);
  };

  it('writes a history chain that verifies, its last rows included', async () => {
    await verifiesItsHistory('sqlite');
  });

  it.skipIf(!runPostgres)(
    'writes a history chain that verifies on PostgreSQL',
    async () => {
      await verifiesItsHistory('postgres');
    },
    120_000,
  );

  /** Every simulated activity carries the content key of its text, as the app writes it. */
  const keysEveryActivity = async (engine: EngineName) => {
    const database = await createTestDatabase(engine);
    opened.push(database);
    await prepareDatabase(database.db);
    await simulateCompany(database.db, { scale: 'tiny', seed: 5, end: '2025-07-01' });
    const rows = await database.db.kysely
      .selectFrom('activities')
      .select(['content', 'contentKey'])
      .execute();
    expect(rows.length).toBeGreaterThan(500);
    for (const row of rows) expect(row.contentKey).toBe(contentKey(row.content));
  };

  it('keys every activity by its text', async () => {
    await keysEveryActivity('sqlite');
  });

  it.skipIf(!runPostgres)(
    'keys every activity by its text on PostgreSQL',
    async () => {
      await keysEveryActivity('postgres');
    },
    120_000,
  );

  it('refuses to fill a database that already has users', async () => {
    const database = await createTestDatabase('sqlite');
    opened.push(database);
    await prepareDatabase(database.db);
    await simulateCompany(database.db, { scale: 'tiny', seed: 1, end: '2025-07-01' });
    await expect(
      simulateCompany(database.db, { scale: 'tiny', seed: 1, end: '2025-07-01' }),
    ).rejects.toThrow(/already has users/);
  });
});
