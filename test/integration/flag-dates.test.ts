import { expect, it } from 'vitest';
import { dateFlagsAtTheirWrites } from '../../src/simulator/flag-dates.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import { insertActivity, insertCustomer, insertQualityFlag } from '../support/metric-fixtures.js';
import { insertLead } from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

/** When the simulated data-quality pass ran: every flag it raised carries this until dated. */
const SEEDED_AT = '2026-12-08T00:00:00.000Z';

describeDatabases('simulated flags dated at the writes that raised them', (use) => {
  it("dates an activity's flag at its recording, a record's at its creation, a Q7 month's at its fifth deletion", async () => {
    const db = use().db;
    const rep = (await buildOrg(db)).users.rep1.id;
    const owners = [{ ownerId: rep, from: '2026-03-01T00:00:00Z' }];
    const activity = await insertActivity(db, {
      actorId: rep,
      occurredAt: '2026-03-02T01:00:00Z',
      recordedAt: '2026-03-02T03:00:00Z',
    });
    const customer = await insertCustomer(db, { owners, createdAt: '2026-03-03T04:00:00Z' });
    const lead = await insertLead(db, { createdBy: rep, createdAt: '2026-03-04T05:00:00Z' });
    const flag = (
      rule: 'Q1' | 'Q2' | 'Q3',
      entity: 'activity' | 'customer' | 'lead',
      recordId: string,
    ) =>
      insertQualityFlag(db, {
        rule,
        entity,
        recordId,
        userId: rep,
        status: 'open',
        createdAt: SEEDED_AT,
      });
    await flag('Q3', 'activity', activity);
    await flag('Q1', 'customer', customer);
    await flag('Q2', 'lead', lead);

    // Six records created and deleted within a day in March, deleted in this order of time:
    // the fifth deletion (14:00) is the one that made the month a Q7 month.
    const deletions = ['16:00', '10:00', '14:00', '11:00', '12:00', '13:00'];
    const deleted: { entity: 'customer' | 'lead' | 'activity'; id: string }[] = [];
    for (const [i, time] of deletions.entries()) {
      const createdAt = `2026-03-10T0${i}:00:00Z`;
      const deletedAt = new Date(`2026-03-10T${time}:00Z`).toISOString();
      if (i === 4) {
        const id = await insertLead(db, { createdBy: rep, createdAt, deletedAt });
        deleted.push({ entity: 'lead', id });
      } else if (i === 5) {
        const id = await insertActivity(db, { actorId: rep, occurredAt: createdAt, deleted: true });
        await db.kysely.updateTable('activities').set({ deletedAt }).where('id', '=', id).execute();
        deleted.push({ entity: 'activity', id });
      } else {
        const id = await insertCustomer(db, { owners, createdAt });
        await db.kysely.updateTable('customers').set({ deletedAt }).where('id', '=', id).execute();
        deleted.push({ entity: 'customer', id });
      }
    }
    await db.kysely
      .insertInto('qualityFlags')
      .values({
        id: 'flag-q7',
        rule: 'Q7',
        entity: 'user',
        recordId: rep,
        field: null,
        userId: rep,
        detail: JSON.stringify({ month: '2026-03', count: 6, records: deleted }),
        status: 'open',
        createdAt: SEEDED_AT,
        clearedBy: null,
        clearedAt: null,
        clearedReason: null,
      })
      .execute();

    await dateFlagsAtTheirWrites(db.kysely);
    const dated = await db.kysely
      .selectFrom('qualityFlags')
      .select(['rule', 'createdAt'])
      .orderBy('rule')
      .execute();
    expect(dated).toEqual([
      { rule: 'Q1', createdAt: '2026-03-03T04:00:00.000Z' },
      { rule: 'Q2', createdAt: '2026-03-04T05:00:00.000Z' },
      { rule: 'Q3', createdAt: '2026-03-02T03:00:00.000Z' },
      { rule: 'Q7', createdAt: '2026-03-10T14:00:00.000Z' },
    ]);
  });
});
