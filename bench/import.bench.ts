/**
 * Import benchmark: a customer export of `rows` rows imported through `yardstick import`'s code.
 *
 *   npx tsx bench/import.bench.ts [rows=100000] [sqlite file=./data/bench-import.db] 2>/dev/null
 *
 * Writes a CSV shaped like another CRM's export (a title row, `*` markers, choice values with
 * explanations, an owner by name, Chinese dates, a totals line) to a temporary file, prepares a
 * fresh SQLite database with one admin, imports the file as that admin while sampling the process
 * RSS every 100 ms, and prints a markdown table row: time, rows/s, peak RSS and the RSS at each
 * quarter of the rows (flat when memory stays bounded).
 */
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/cli/import.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { openDb } from '../src/db/engine.js';
import { createDepartment, createUser } from '../src/modules/org/org.service.js';
import { loadConfig } from '../src/platform/config/config.js';

const rows = Number(process.argv[2] ?? 100_000);
const databaseFile = process.argv[3] ?? './data/bench-import.db';
const csvFile = join(tmpdir(), `yardstick-import-${rows}.csv`);

async function writeExport(): Promise<void> {
  const out = createWriteStream(csvFile);
  const line = async (cells: readonly string[]) => {
    if (!out.write(`${cells.join(',')}\r\n`)) await once(out, 'drain');
  };
  await line(['客户列表（导出时间 2026-11-30）']);
  await line(['*客户名称', '手机(*)', '客户级别', '客户行业', '客户来源', '负责人', '创建时间']);
  for (let i = 0; i < rows; i += 1) {
    const day = 1 + (i % 28);
    await line([
      `北京星河科技有限公司 ${i}`,
      `138${String(i).padStart(8, '0')}`,
      ['A（重点客户）', 'B（普通客户）', 'C（非优先客户）'][i % 3] ?? '',
      '软件',
      '转介绍',
      '管理员',
      `2025年3月${day}日 10:30`,
    ]);
  }
  await line([`合计：${rows} 条`]);
  out.end();
  await once(out, 'finish');
}

await writeExport();
rmSync(databaseFile, { force: true });
const config = { ...loadConfig({}), databaseUrl: databaseFile };
const db = await openDb({ url: databaseFile });
await prepareDatabase(db);
const department = await createDepartment(db, null, { name: 'Company' });
await createUser(db, null, {
  name: '管理员',
  email: 'admin@bench.local',
  password: 'bench password 123',
  roles: ['admin'],
  departmentId: department.id,
  managerId: null,
});

const quarters: number[] = [];
let peak = process.memoryUsage().rss;
const sampler = setInterval(async () => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  const imported = await db.kysely
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  while (quarters.length < 4 && Number(imported.n) >= ((quarters.length + 1) * rows) / 4)
    quarters.push(rss);
}, 100);
const started = performance.now();
const exitCode = await importFile(config, 'customer', csvFile, {
  dryRun: false,
  as: 'admin@bench.local',
  lang: 'en',
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const imported = await db.kysely
  .selectFrom('customers')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
console.log(
  `| ${new Date().toISOString().slice(0, 10)} | ${rows.toLocaleString('en')} | ${Number(imported.n).toLocaleString('en')} | ${exitCode} | ${seconds.toFixed(1)} | ${Math.round(rows / seconds).toLocaleString('en')} | ${mb(peak)} | ${quarters.map(mb).join(' / ')} |`,
);
await db.close?.();
rmSync(csvFile, { force: true });
