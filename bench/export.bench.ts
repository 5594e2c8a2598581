/**
 * List export benchmark: 100k customers exported as CSV and as XLSX through the HTTP API.
 *
 *   npx tsx bench/export.bench.ts [rows=100000] [sqlite file=./data/bench-export.db]
 *
 * Fills a fresh SQLite database with `rows` customers owned by one admin, starts the server on a
 * free port, downloads `/api/v1/customers/export` in both formats (every column) while sampling
 * the process RSS every 100 ms, and prints a markdown table row per format.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app/app.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { openDb } from '../src/db/engine.js';
import { createDepartment, createUser } from '../src/modules/org/org.service.js';
import { loadConfig } from '../src/platform/config/config.js';

const rows = Number(process.argv[2] ?? 100_000);
const file = process.argv[3] ?? './data/bench-export.db';
rmSync(file, { force: true });
const db = await openDb({ url: file });
await prepareDatabase(db);
const department = await createDepartment(db, null, { name: 'Company' });
const password = 'bench password 123';
const admin = await createUser(db, null, {
  name: 'Admin',
  email: 'admin@bench.local',
  password,
  roles: ['admin'],
  departmentId: department.id,
  managerId: null,
});

const BATCH = 500;
for (let start = 0; start < rows; start += BATCH) {
  const values = [];
  for (let i = start; i < Math.min(rows, start + BATCH); i += 1) {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    values.push({
      id: `c${String(i).padStart(7, '0')}`,
      name: `北京星河科技有限公司 ${i}`,
      nameKey: `c${i}`,
      phone: `138${String(i).padStart(8, '0')}`,
      phoneKey: null,
      email: `buyer${i}@example.com`,
      industry: 'Software',
      source: 'Referral',
      level: (['A', 'B', 'C'] as const)[i % 3],
      status: 'potential' as const,
      requirement: 'Annual licence renewal and onboarding for a new team',
      region: '北京',
      address: '朝阳区建国路 88 号',
      ownerId: admin.id,
      ownerSince: at,
      previousOwnerId: null,
      poolEnteredAt: null,
      lastFollowUpAt: at,
      lastDealOn: null,
      createdBy: admin.id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
  await db.kysely.insertInto('customers').values(values).execute();
}

const config = { ...loadConfig({}), sessionSecret: 'bench-secret-bench-secret-bench-secret-01' };
const app = await buildApp({ db, config, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'admin@bench.local', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

console.log('| date | rows | format | seconds | rows/s | file size | peak RSS |');
for (const format of ['csv', 'xlsx'] as const) {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/customers/export?format=${format}&language=zh-CN`, {
    headers: { cookie },
  });
  let bytes = 0;
  for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    `| ${new Date().toISOString().slice(0, 10)} | ${rows.toLocaleString('en')} | ${format} | ${seconds.toFixed(1)} | ${Math.round(rows / seconds).toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} MB | ${Math.round(peak / 1e6)} MB |`,
  );
}
await app.close();
await db.close?.();
