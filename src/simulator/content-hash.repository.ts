import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { snakeCase } from '../db/snake-case-identifiers.js';
import type { Db } from '../db/database.js';
import { SIMULATED_TABLES, type SimulatedTable } from './row-sink.js';

const PAGE = 5_000;
const MOD = 1n << 256n;

/** Single-column primary keys; the closure and role tables have composite keys and are small. */
const KEY: Partial<Record<SimulatedTable, string>> = {
  settings: 'key',
  simulatorProfiles: 'user_id',
  departmentClosure: undefined,
  userClosure: undefined,
  userRoles: undefined,
};

/**
 * One row in a form both engines give alike: columns sorted by name, every value as text
 * (PostgreSQL and SQLite may differ in number vs string for the same integer), null kept.
 */
function canonicalRow(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(
    keys.map((k) => [k, row[k] === null || row[k] === undefined ? null : String(row[k])]),
  );
}

function rowDigest(row: Record<string, unknown>): bigint {
  return BigInt(`0x${createHash('sha256').update(canonicalRow(row)).digest('hex')}`);
}

/**
 * A content hash of everything the simulator writes: per table, the sum (mod 2^256) of the
 * SHA-256 of each canonical row — independent of the order rows come back in, which differs
 * between engines and collations — then one SHA-256 over the table names, row counts and sums.
 * Rows are read page by page, so memory stays bounded. Settings count only the simulator's own key.
 */
export async function simulatedContentHash(db: Db): Promise<string> {
  const outer = createHash('sha256');
  for (const table of SIMULATED_TABLES) {
    const name = snakeCase(table);
    const key = table in KEY ? KEY[table] : 'id';
    let sum = 0n;
    let count = 0;
    if (key === undefined) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
        db.kysely,
      );
      for (const row of rows) sum = (sum + rowDigest(row)) % MOD;
      count = rows.length;
    } else {
      let last: string | null = null;
      for (;;) {
        const after: RawBuilder<unknown> =
          last === null ? sql`` : sql`and ${sql.ref(key)} > ${last}`;
        const only = table === 'settings' ? sql`key like 'simulator.%'` : sql`1 = 1`;
        const page: { rows: Record<string, unknown>[] } = await sql<
          Record<string, unknown>
        >`select * from ${sql.table(name)} where ${only} ${after} order by ${sql.ref(key)} limit ${PAGE}`.execute(
          db.kysely,
        );
        const rows = page.rows;
        for (const row of rows) sum = (sum + rowDigest(row)) % MOD;
        count += rows.length;
        const tail: Record<string, unknown> | undefined = rows.at(-1);
        if (rows.length < PAGE || !tail) break;
        const camelKey = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
        last = String(tail[camelKey] ?? tail[key]);
      }
    }
    outer.update(`${name}:${count}:${sum.toString(16)}\n`);
  }
  return outer.digest('hex');
}
