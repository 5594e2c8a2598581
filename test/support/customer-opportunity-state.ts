import type { Db } from '../../src/db/database.js';

/** A customer's open opportunities and the latest change of any of them (ms; null: none). */
export type OpportunityState = { open: number; changedAt: number | null };

const END_OF_TIME = Date.parse('9999-12-31T00:00:00Z');

/** Every customer's state as stored on it (src/db/customer-open-opportunities.ts). */
export async function storedOpportunityStates(db: Db): Promise<Map<string, OpportunityState>> {
  const customers = await db.kysely
    .selectFrom('customers')
    .select(['id', 'openOpportunities', 'opportunitiesChangedAt'])
    .execute();
  return new Map(
    customers.map((c) => [
      c.id,
      {
        open: Number(c.openOpportunities),
        changedAt: c.opportunitiesChangedAt === null ? null : Date.parse(c.opportunitiesChangedAt),
      },
    ]),
  );
}

/**
 * Every customer's state by the rule of src/db/customer-open-opportunities.ts, applied in
 * JavaScript to the opportunities as they are: live open ones counted; the latest creation, last
 * touch (none: the end of time) or deletion of any, deleted ones too.
 */
export async function expectedOpportunityStates(db: Db): Promise<Map<string, OpportunityState>> {
  const customers = await db.kysely.selectFrom('customers').select('id').execute();
  const states = new Map<string, OpportunityState>(
    customers.map((c) => [c.id, { open: 0, changedAt: null }]),
  );
  const opportunities = await db.kysely
    .selectFrom('opportunities')
    .select(['customerId', 'status', 'createdAt', 'lastTouchedAt', 'deletedAt'])
    .execute();
  for (const o of opportunities) {
    const state = states.get(o.customerId);
    if (!state) throw new Error(`opportunity of an unknown customer ${o.customerId}`);
    const changedAt = Math.max(
      Date.parse(o.createdAt),
      o.lastTouchedAt === null ? END_OF_TIME : Date.parse(o.lastTouchedAt),
      o.deletedAt === null ? 0 : Date.parse(o.deletedAt),
    );
    states.set(o.customerId, {
      open: state.open + (o.status === 'open' && o.deletedAt === null ? 1 : 0),
      changedAt: Math.max(state.changedAt ?? 0, changedAt),
    });
  }
  return states;
}
