// One primary-key select through Kysely on a seeded SQLite file, with and without the statement
// cache of src/db/statement-cache.ts, alternating, 20,000 queries per round.
// Usage: npx tsx bench/statement-cache.bench.ts <seeded SQLite file>
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../src/db/database.js';
import { withStatementCache } from '../src/db/statement-cache.js';

const QUERIES = 20_000;
const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: statement-cache.bench.ts <seeded SQLite file>');
const sqlite = new SqliteDatabase(path, { readonly: true });

for (const cached of [false, true, false, true]) {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cached ? withStatementCache(sqlite) : sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  const ids = (await db.selectFrom('customers').select('id').limit(200).execute()).map((r) => r.id);
  const started = performance.now();
  for (let i = 0; i < QUERIES; i += 1)
    await db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', ids[i % ids.length] ?? '')
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
  const micros = ((performance.now() - started) * 1000) / QUERIES;
  console.log(`${cached ? 'cached' : 'prepared each time'}: ${micros.toFixed(1)} µs per query`);
}
sqlite.close();
