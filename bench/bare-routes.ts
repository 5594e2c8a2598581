// The API bench's baseline: a bare Fastify server on the same database doing, per request, only
// the statements the data needs, with no authentication, policy, validation or history. Started
// by bench/api.bench.ts as its own process: DATABASE_URL=… PORT=… npx tsx bench/bare-routes.ts
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { openDb } from '../src/db/engine.js';
import { LIST_TOTAL_CAP } from '../src/db/page-of-query.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const db = await openDb({ url });
const app = Fastify({ logger: false });

type ListQuery = { within: string; status: string; page: string; pageSize: string };

/**
 * A page of live customers with a status owned by a person or anyone below them (`within`),
 * newest change first, and the total as the lists report it: up to the cap (counted no further).
 */
app.get<{ Querystring: ListQuery }>('/customers', async (request) => {
  const { within, status } = request.query;
  const pageSize = Number(request.query.pageSize);
  const live = sql`deleted_at is null and status = ${status} and owner_id in
    (select descendant_id from user_closure where ancestor_id = ${within})`;
  const [items, total] = await Promise.all([
    sql`select * from customers where ${live} order by updated_at desc, id desc
        limit ${pageSize} offset ${(Number(request.query.page) - 1) * pageSize}`.execute(db.kysely),
    sql<{ n: number }>`select count(*) as n from (select 1 from customers where ${live}
        limit ${sql.lit(LIST_TOTAL_CAP + 1)}) as matching`.execute(db.kysely),
  ]);
  return { items: items.rows, total: Math.min(Number(total.rows[0]?.n ?? 0), LIST_TOTAL_CAP) };
});

/** One customer and the first page of its timeline. */
app.get<{ Params: { id: string } }>('/customers/:id', async (request) => {
  const { id } = request.params;
  const [customer, timeline] = await Promise.all([
    sql`select * from customers where id = ${id}`.execute(db.kysely),
    sql`select * from activities where customer_id = ${id} and deleted_at is null
        order by occurred_at desc, id desc limit 20`.execute(db.kysely),
  ]);
  return { customer: customer.rows[0], timeline: timeline.rows };
});

type NewActivity = { actorId: string; customerId: string; content: string; occurredAt: string };

/** One activity row inserted as it is given. */
app.post<{ Body: NewActivity }>('/activities', async (request, reply) => {
  const { actorId, customerId, content, occurredAt } = request.body;
  const id = randomUUID();
  await sql`insert into activities (id, type, record_type, record_id, customer_id, content,
      occurred_at, recorded_at, actor_id, owner_id, valid, timely, plan_id, deleted_at, import_job_id)
    values (${id}, 'call', 'customer', ${customerId}, ${customerId}, ${content}, ${occurredAt},
      ${new Date().toISOString()}, ${actorId}, ${actorId}, 1, 1, null, null, null)`.execute(
    db.kysely,
  );
  return reply.code(201).send({ id });
});

app.get('/healthz', async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
