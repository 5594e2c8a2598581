import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

describeEngines('duplicates and merges', (use) => {
  const as = { rep1: '', rep2: '', lead: '' };
  let org: Org;

  const duplicates = async (who: string, query: Record<string, string>) =>
    (
      await call(
        use(),
        who,
        'GET',
        `/api/v1/duplicates?${new URLSearchParams(query).toString()}`,
        200,
      )
    ).items;
  const flagsOf = (recordId: string) =>
    use()
      .db.kysely.selectFrom('qualityFlags')
      .selectAll()
      .where('recordId', '=', recordId)
      .execute();

  beforeAll(async () => {
    org = await buildOrg(use().db);
    as.rep1 = await use().login('rep1@example.com', PASSWORD);
    as.rep2 = await use().login('rep2@example.com', PASSWORD);
    as.lead = await use().login('lead@example.com', PASSWORD);
  });

  it('shows likely duplicates by name, phone and e-mail, naming only records the user may see', async () => {
    const existing = await createCustomer(use(), as.rep1, {
      name: '北京星河科技有限公司',
      phone: '13800138000',
      email: 'Hello@XingHe.cn',
    });
    const query = { entity: 'customer', name: '北京星河科技', phone: '+86 138-0013-8000' };
    expect(await duplicates(as.rep1, query)).toEqual([
      {
        visible: true,
        entity: 'customer',
        id: existing.id,
        name: '北京星河科技有限公司',
        matchedBy: 'phone',
      },
    ]);
    expect(await duplicates(as.lead, { entity: 'lead', email: 'hello@xinghe.cn' })).toEqual([
      {
        visible: true,
        entity: 'customer',
        id: existing.id,
        name: '北京星河科技有限公司',
        matchedBy: 'email',
      },
    ]);
    // rep2 may not see rep1's customer: told that one exists, and nothing else.
    const hidden = await use().request({
      method: 'GET',
      url: `/api/v1/duplicates?${new URLSearchParams(query).toString()}`,
      as: as.rep2,
    });
    expect(hidden.json().items).toEqual([
      { visible: false, entity: 'customer', matchedBy: 'phone' },
    ]);
    for (const secret of [existing.id, '星河', '13800138000', org.users.rep1.id]) {
      expect(hidden.body).not.toContain(secret);
    }
    // Creating it anyway answers the same hints, never a block.
    const created = await call(use(), as.rep2, 'POST', '/api/v1/customers', 201, {
      name: '星河科技（北京）',
      phone: '138 0013 8000',
    });
    expect(created.duplicateHints).toEqual([
      { visible: false, entity: 'customer', matchedBy: 'phone' },
    ]);
    expect(await duplicates(as.rep1, { entity: 'customer', name: 'Nobody Like Us Ltd' })).toEqual(
      [],
    );
  });

  it('finds a contact with the same phone in any format, or the same name at the same customer', async () => {
    const customer = await createCustomer(use(), as.rep1, { name: 'Contact Dup Co' });
    const contact = await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: customer.id,
      name: 'Wang Li',
      phone: '+86 139-0000-1111',
    });
    const hint = { visible: true, entity: 'contact', id: contact.id, name: 'Wang Li' };
    expect(await duplicates(as.rep1, { entity: 'contact', phone: '13900001111' })).toEqual([
      { ...hint, matchedBy: 'phone' },
    ]);
    expect(
      await duplicates(as.rep1, { entity: 'contact', name: ' wang li ', customerId: customer.id }),
    ).toEqual([{ ...hint, matchedBy: 'name' }]);
    expect(await duplicates(as.rep2, { entity: 'contact', phone: '139 0000 1111' })).toEqual([
      { visible: false, entity: 'contact', matchedBy: 'phone' },
    ]);
  });

  it('merges a duplicate customer: every related record moves, the duplicate goes, history and Q2 flags say so', async () => {
    const survivor = await createCustomer(use(), as.rep1, {
      name: 'Merge Target Ltd',
      phone: '13711112222',
    });
    await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: survivor.id,
      name: 'Kept Primary',
    });
    const duplicate = await call(use(), as.rep1, 'POST', '/api/v1/customers', 201, {
      name: 'Merge Target Co., Ltd.',
      phone: '137 1111 2222',
      email: 'buy@target.example',
    });
    const [flag] = await flagsOf(duplicate.id);
    expect(flag).toMatchObject({ rule: 'Q2', status: 'open' });

    const contact = await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: duplicate.id,
      name: 'Moved Primary',
    });
    const deal = await call(use(), as.rep1, 'POST', '/api/v1/opportunities', 201, {
      customerId: duplicate.id,
      name: 'Moved deal',
      amountCents: 5_000,
    });
    const contract = await call(use(), as.rep1, 'POST', '/api/v1/contracts', 201, {
      customerId: duplicate.id,
      number: 'HT-MERGE-1',
      title: 'Moved contract',
      amountCents: 5_000,
      signedOn: '2026-11-02',
    });
    const ticket = await call(use(), as.rep1, 'POST', '/api/v1/tickets', 201, {
      customerId: duplicate.id,
      title: 'Moved ticket',
    });
    const feedback = await call(use(), as.rep1, 'POST', '/api/v1/feedback', 201, {
      title: 'Moved feedback',
      content: 'They want a moved feedback item',
      customerId: duplicate.id,
    });
    const activity = await call(use(), as.rep1, 'POST', '/api/v1/activities', 201, {
      type: 'call',
      recordType: 'customer',
      recordId: duplicate.id,
      content: 'Called about the renewal terms and pricing',
      occurredAt: '2026-11-17T02:00:00.000Z',
    });
    const plan = await call(use(), as.rep1, 'POST', '/api/v1/plans', 201, {
      recordType: 'customer',
      recordId: duplicate.id,
      dueAt: '2026-11-25T02:00:00.000Z',
    });
    const current = await call(use(), as.rep1, 'GET', `/api/v1/customers/${survivor.id}`, 200);

    // rep2 may change neither: the survivor is "not found" to them.
    await call(use(), as.rep2, 'POST', `/api/v1/customers/${survivor.id}/merge`, 404, {
      duplicateId: duplicate.id,
      version: current.version,
      duplicateVersion: duplicate.version,
    });
    await call(use(), as.rep1, 'POST', `/api/v1/customers/${survivor.id}/merge`, 409, {
      duplicateId: duplicate.id,
      version: current.version,
      duplicateVersion: duplicate.version + 5,
    });
    const merged = await call(
      use(),
      as.rep1,
      'POST',
      `/api/v1/customers/${survivor.id}/merge`,
      200,
      {
        duplicateId: duplicate.id,
        version: current.version,
        duplicateVersion: duplicate.version,
      },
    );
    expect(merged).toMatchObject({
      id: survivor.id,
      email: 'buy@target.example',
      phone: '13711112222',
    });
    await call(use(), as.rep1, 'GET', `/api/v1/customers/${duplicate.id}`, 404);

    const k = use().db.kysely;
    const customerOf = async (
      table: 'contacts' | 'opportunities' | 'contracts' | 'tickets' | 'feedback',
      id: string,
    ) =>
      (
        await k
          .selectFrom(table)
          .select('customerId')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).customerId;
    expect(await customerOf('contacts', contact.id)).toBe(survivor.id);
    expect(await customerOf('opportunities', deal.id)).toBe(survivor.id);
    expect(await customerOf('contracts', contract.id)).toBe(survivor.id);
    expect(await customerOf('tickets', ticket.id)).toBe(survivor.id);
    expect(await customerOf('feedback', feedback.id)).toBe(survivor.id);
    expect(
      await k
        .selectFrom('activities')
        .select(['recordId', 'customerId'])
        .where('id', '=', activity.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ recordId: survivor.id, customerId: survivor.id });
    // The last follow-up goes with the activity: the duplicate has none left.
    const lastFollowUps = await k
      .selectFrom('customers')
      .select(['id', 'lastFollowUpAt'])
      .where('id', 'in', [survivor.id, duplicate.id])
      .execute();
    expect(Object.fromEntries(lastFollowUps.map((r) => [r.id, r.lastFollowUpAt]))).toEqual({
      [survivor.id]: '2026-11-17T02:00:00.000Z',
      [duplicate.id]: null,
    });
    expect(
      await k
        .selectFrom('followUpPlans')
        .select(['recordId', 'customerId'])
        .where('id', '=', plan.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ recordId: survivor.id, customerId: survivor.id });
    // One primary contact: the survivor's.
    const contacts = await call(
      use(),
      as.rep1,
      'GET',
      `/api/v1/contacts?customerId=${survivor.id}`,
      200,
    );
    expect(
      contacts.items.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary]).sort(),
    ).toEqual([
      ['Kept Primary', true],
      ['Moved Primary', false],
    ]);

    const survivorHistory = await historyOf(use(), as.rep1, `/api/v1/customers/${survivor.id}`);
    expect(
      survivorHistory
        .filter((h) => h.action === 'merge')
        .map((h) => [h.field, h.newValue])
        .sort(),
    ).toEqual([
      ['email', 'buy@target.example'],
      ['mergedFrom', duplicate.id],
    ]);
    const duplicateHistory = await historyEntries(use().db, { entityId: duplicate.id });
    // Its own history stays, with the merge last.
    expect(duplicateHistory.some((h) => h.action === 'create')).toBe(true);
    expect(
      duplicateHistory
        .filter((h) => h.action === 'merge')
        .map((h) => h.field)
        .sort(),
    ).toEqual(['deletedAt', 'mergedInto']);
    const dealHistory = await historyOf(use(), as.rep1, `/api/v1/opportunities/${deal.id}`);
    expect(dealHistory[0]).toMatchObject({
      field: 'customerId',
      oldValue: duplicate.id,
      newValue: survivor.id,
    });

    const [resolved] = await flagsOf(duplicate.id);
    expect(resolved).toMatchObject({
      status: 'cleared',
      clearedReason: 'merged',
      clearedBy: org.users.rep1.id,
    });
    expect(JSON.parse(resolved?.detail ?? '{}')).toMatchObject({
      duplicateOf: survivor.id,
      mergedInto: survivor.id,
    });
    expect(await flagsOf(survivor.id)).toEqual([]);
  });

  it('merges a duplicate lead with its follow-ups, refusing a lead merged into itself', async () => {
    const survivor = await call(use(), as.rep1, 'POST', '/api/v1/leads', 201, {
      company: 'Lead Merge Co',
      phone: '13622223333',
    });
    const duplicate = await call(use(), as.rep1, 'POST', '/api/v1/leads', 201, {
      company: 'Another Name',
      contactName: 'Zhou Xun',
      phone: '+86 136 2222 3333',
    });
    expect(duplicate.duplicateHints).toEqual([
      { visible: true, entity: 'lead', id: survivor.id, name: 'Lead Merge Co', matchedBy: 'phone' },
    ]);
    const activity = await call(use(), as.rep1, 'POST', '/api/v1/activities', 201, {
      type: 'call',
      recordType: 'lead',
      recordId: duplicate.id,
      content: 'First call with the buyer about needs',
      occurredAt: '2026-11-17T03:00:00.000Z',
    });
    await call(use(), as.rep1, 'POST', `/api/v1/leads/${survivor.id}/merge`, 400, {
      duplicateId: survivor.id,
      version: survivor.version,
      duplicateVersion: survivor.version,
    });
    const merged = await call(use(), as.rep1, 'POST', `/api/v1/leads/${survivor.id}/merge`, 200, {
      duplicateId: duplicate.id,
      version: survivor.version,
      duplicateVersion: duplicate.version,
    });
    expect(merged).toMatchObject({
      id: survivor.id,
      company: 'Lead Merge Co',
      contactName: 'Zhou Xun',
    });
    await call(use(), as.rep1, 'GET', `/api/v1/leads/${duplicate.id}`, 404);
    expect(
      (
        await use()
          .db.kysely.selectFrom('activities')
          .select('recordId')
          .where('id', '=', activity.id)
          .executeTakeFirstOrThrow()
      ).recordId,
    ).toBe(survivor.id);
    expect((await flagsOf(duplicate.id)).map((f) => [f.rule, f.status, f.clearedReason])).toEqual([
      ['Q2', 'cleared', 'merged'],
    ]);
  });

  itKeepsSnapshotInputsInStep(use);
});
