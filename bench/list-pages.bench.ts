// The first page of every CRM list as each kind of viewer, one request at a time, through the
// real server over HTTP: where a scope makes a list slow. Usage (a seeded database):
//   DATABASE_URL=… npx tsx bench/list-pages.bench.ts [samples=30] [server checkout=.]
// The viewers are read from the seeded company: the sales rep with the most customers, the
// smallest sales team's lead, the manager with the most people below them, the lead of the
// service team (the manager of the service agents) and of the marketing team, and a service agent.
// Each list is asked `samples` times after one warm-up request; the table gives p50 and p95 in ms
// (one at a time, so these are the server's own latencies, not its throughput) and the total the
// page reports. The requests only read: the same database can be measured again.
import { sql } from 'kysely';
import { openDb } from '../src/db/engine.js';
import { percentile, startBenchServer } from './bench-server.js';

const [samplesArg = '30', checkout = '.'] = process.argv.slice(2);
const samples = Number(samplesArg);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const LISTS = [
  'customers',
  'contacts',
  'opportunities',
  'leads',
  'activities',
  'plans',
  'contracts',
  'payments',
  'tickets',
  'feedback',
];

/** Managers with the number of people below them and the roles found among those people. */
type Manager = { email: string; people: number; sales: number; service: number; marketing: number };

async function viewers(): Promise<[string, string][]> {
  const db = await openDb({ url: url ?? '' });
  try {
    const managers = (
      await sql<Manager>`select u.email, count(*) as people,
          sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
            and r.role = 'sales') then 1 else 0 end) as sales,
          sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
            and r.role = 'service') then 1 else 0 end) as service,
          sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
            and r.role = 'marketing') then 1 else 0 end) as marketing
        from users u join user_roles m on m.user_id = u.id and m.role = 'manager'
        join user_closure uc on uc.ancestor_id = u.id and uc.depth > 0
        where u.active = 1 group by u.email order by u.email`.execute(db.kysely)
    ).rows.map((m) => ({
      ...m,
      people: Number(m.people),
      sales: Number(m.sales),
      service: Number(m.service),
      marketing: Number(m.marketing),
    }));
    const most = <K extends keyof Manager>(key: K, sign = 1) =>
      [...managers]
        .filter((m) => Number(m[key]) > 0)
        .sort(
          (a, b) => sign * (Number(b[key]) - Number(a[key])) || a.email.localeCompare(b.email),
        )[0]?.email;
    const rep = (
      await sql<{ email: string }>`select u.email from users u
        join user_roles r on r.user_id = u.id and r.role = 'sales'
        join customers c on c.owner_id = u.id and c.deleted_at is null
        where u.active = 1 and u.id not in (select user_id from user_roles where role = 'manager')
        group by u.email order by count(*) desc, u.email limit 1`.execute(db.kysely)
    ).rows[0]?.email;
    const agent = (
      await sql<{ email: string }>`select u.email from users u
        join user_roles r on r.user_id = u.id and r.role = 'service'
        where u.active = 1 and u.id not in (select user_id from user_roles where role = 'manager')
        order by u.email limit 1`.execute(db.kysely)
    ).rows[0]?.email;
    const chosen: [string, string | undefined][] = [
      ['sales rep', rep],
      ['sales team lead', most('sales', -1)],
      ['widest manager', most('people')],
      ['service lead', most('service')],
      ['marketing lead', most('marketing')],
      ['service agent', agent],
    ];
    return chosen.flatMap(([who, email]) => (email ? [[who, email] as [string, string]] : []));
  } finally {
    await db.close();
  }
}

const people = await viewers();
const { request, login, stop } = await startBenchServer(checkout);
try {
  const rows: string[] = [];
  for (const [who, email] of people) {
    const cookie = await login(email);
    for (const list of LISTS) {
      const path = `/api/v1/${list}?page=1&pageSize=20`;
      const first = await request('GET', path, cookie);
      if (first.status !== 200) {
        rows.push(`| ${who} | ${list} | — | — | ${first.status} |`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const started = performance.now();
        const response = await request('GET', path, cookie);
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${who} ${path}: ${response.status}`);
      }
      times.sort((a, b) => a - b);
      const { total } = JSON.parse(first.text) as { total: number };
      rows.push(
        `| ${who} | ${list} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${total} |`,
      );
    }
  }
  console.log(`viewers: ${people.map(([who, email]) => `${who} ${email}`).join(', ')}`);
  console.log('| viewer | list | p50 ms | p95 ms | total |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  stop();
}
