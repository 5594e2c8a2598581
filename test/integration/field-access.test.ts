import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const PHONE = '13812341234';
const EMAIL = 'zhang@example.com';

describeEngines('field-level permissions and masking', (use) => {
  let org: Org;
  let admin: string;
  let rep1: string;
  let lead: string;
  let customerId: string;
  let contactId: string;
  let leadId: string;

  const rules = [
    { role: 'sales', entity: 'customer', field: 'phone', mode: 'read_only', masked: true },
    { role: 'sales', entity: 'customer', field: 'email', mode: 'editable', masked: true },
    { role: 'sales', entity: 'customer', field: 'address', mode: 'hidden', masked: false },
    { role: 'sales', entity: 'contact', field: 'phone', mode: 'editable', masked: true },
    { role: 'sales', entity: 'lead', field: 'phone', mode: 'editable', masked: true },
    { role: 'sales', entity: 'lead', field: 'contactName', mode: 'hidden', masked: false },
  ];

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    // Records made before any rule exists.
    customerId = (
      await createCustomer(use(), rep1, {
        name: 'Masked Trading',
        phone: PHONE,
        email: EMAIL,
        address: '8 Harbour Road',
      })
    ).id;
    contactId = (
      await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
        customerId,
        name: 'Li Lei',
        phone: '13900001111',
      })
    ).id;
    leadId = (
      await call(use(), rep1, 'POST', '/api/v1/leads', 201, {
        company: 'Lead Masked Ltd',
        contactName: 'Han Meimei',
        phone: '13700002222',
      })
    ).id;
  });

  it('lets admins alone read and set the rules, and refuses rules that make no sense', async () => {
    const empty = await call(use(), admin, 'GET', '/api/v1/settings/field-access', 200);
    expect(empty.rules).toEqual([]);
    expect(empty.fields.customer).toContain('phone');
    await use()
      .request({ method: 'GET', url: '/api/v1/settings/field-access', as: rep1 })
      .then((r) => expect(r.statusCode).toBe(403));
    const bad = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/field-access',
      as: admin,
      payload: {
        rules: [
          { role: 'sales', entity: 'customer', field: 'region', mode: 'editable', masked: true },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('rules.0.masked');
    const unknownField = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/field-access',
      as: admin,
      payload: {
        rules: [{ role: 'sales', entity: 'customer', field: 'name', mode: 'hidden' }],
      },
    });
    expect(unknownField.statusCode).toBe(400);
    const denied = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/field-access',
      as: rep1,
      payload: { rules },
    });
    expect(denied.statusCode).toBe(403);
    const saved = await call(use(), admin, 'PUT', '/api/v1/settings/field-access', 200, { rules });
    expect(saved.rules).toHaveLength(rules.length);
    expect((await call(use(), admin, 'GET', '/api/v1/settings/field-access', 200)).rules).toEqual(
      rules,
    );
  });

  it('masks and hides in lists and details, leaving roles without rules untouched', async () => {
    const detail = await call(use(), rep1, 'GET', `/api/v1/customers/${customerId}`, 200);
    expect(detail.phone).toBe('138****1234');
    expect(detail.email).toBe('z***@example.com');
    expect(detail.address).toBeNull();
    expect(detail.name).toBe('Masked Trading');
    const list = await call(use(), rep1, 'GET', '/api/v1/customers?q=Masked', 200);
    expect(list.items[0]).toMatchObject({ phone: '138****1234', address: null });

    // The rep's manager has no rule: everything in full.
    const managers = await call(use(), lead, 'GET', `/api/v1/customers/${customerId}`, 200);
    expect(managers).toMatchObject({ phone: PHONE, email: EMAIL, address: '8 Harbour Road' });

    const contacts = await call(
      use(),
      rep1,
      'GET',
      `/api/v1/contacts?customerId=${customerId}`,
      200,
    );
    expect(contacts.items[0].phone).toBe('139****1111');
    const leadShown = await call(use(), rep1, 'GET', `/api/v1/leads/${leadId}`, 200);
    expect(leadShown).toMatchObject({ phone: '137****2222', contactName: null });
    const leads = await call(use(), rep1, 'GET', '/api/v1/leads', 200);
    expect(leads.items.find((l: { id: string }) => l.id === leadId)).toMatchObject({
      phone: '137****2222',
      contactName: null,
    });
  });

  it('tells each person which fields they see masked, read-only or hidden, for their forms', async () => {
    const mine = await call(use(), rep1, 'GET', '/api/v1/auth/me', 200);
    expect(mine.fieldAccess).toEqual({
      customer: {
        phone: { mode: 'read_only', masked: true },
        email: { mode: 'editable', masked: true },
        address: { mode: 'hidden', masked: false },
      },
      contact: { phone: { mode: 'editable', masked: true } },
      lead: {
        phone: { mode: 'editable', masked: true },
        contactName: { mode: 'hidden', masked: false },
      },
    });
    // A role without rules sees everything in full and may edit it.
    expect((await call(use(), lead, 'GET', '/api/v1/auth/me', 200)).fieldAccess).toEqual({});
  });

  it('hides a hidden field in search results too', async () => {
    const found = await call(use(), rep1, 'GET', '/api/v1/search?q=Lead%20Masked', 200);
    const leads = found.groups.find((g: { type: string }) => g.type === 'lead');
    expect(leads.items[0].title).toBe('Lead Masked Ltd');
    expect(leads.items[0].detail).toBeNull();
    const managers = await call(use(), lead, 'GET', '/api/v1/search?q=Lead%20Masked', 200);
    expect(managers.groups.find((g: { type: string }) => g.type === 'lead').items[0].detail).toBe(
      'Han Meimei',
    );
  });

  it('finds a customer and a contact by a masked phone without showing the number in the results', async () => {
    // Search hits show a name and a second line (a customer's region, a contact's customer),
    // never a phone: a masked phone is found by, but not shown, to the masked role.
    const byPhone = await call(use(), rep1, 'GET', `/api/v1/search?q=${PHONE}`, 200);
    const customers = byPhone.groups.find((g: { type: string }) => g.type === 'customer');
    expect(customers.items.map((i: { id: string }) => i.id)).toEqual([customerId]);
    expect(JSON.stringify(byPhone)).not.toContain(PHONE);
    const contact = await call(use(), rep1, 'GET', '/api/v1/search?q=139%200000%201111', 200);
    expect(contact.groups.find((g: { type: string }) => g.type === 'contact').items).toEqual([
      expect.objectContaining({ title: 'Li Lei', detail: 'Masked Trading' }),
    ]);
    expect(JSON.stringify(contact)).not.toContain('13900001111');
    // The same customer's detail still shows that role the masked form.
    const detail = await call(
      use(),
      rep1,
      'GET',
      customers.items[0].link.replace('/', '/api/v1/'),
      200,
    );
    expect(detail.phone).toBe('138****1234');
  });

  it('matches a phone, e-mail or name the role does not read whole only by its whole value', async () => {
    // Were a part enough, "1381", "1382", … would spell out a masked number digit by digit.
    const ids = async (session: string, url: string) =>
      (await call(use(), session, 'GET', url, 200)).items.map((i: { id: string }) => i.id);
    const searched = async (session: string, q: string, type: string) =>
      (
        (await call(use(), session, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`, 200))
          .groups as { type: string; items: { id: string }[] }[]
      )
        .find((g) => g.type === type)
        ?.items.map((i) => i.id) ?? [];
    const cases = [
      { list: '/api/v1/customers', type: 'customer', id: customerId, part: '3812', whole: PHONE },
      { list: '/api/v1/customers', type: 'customer', id: customerId, part: 'zhang@', whole: EMAIL },
      {
        list: '/api/v1/contacts',
        type: 'contact',
        id: contactId,
        part: '90000',
        whole: '13900001111',
      },
      { list: '/api/v1/leads', type: 'lead', id: leadId, part: '700002', whole: '13700002222' },
      { list: '/api/v1/leads', type: 'lead', id: leadId, part: 'meimei', whole: 'Han Meimei' },
    ];
    for (const c of cases) {
      const url = (q: string) => `${c.list}?q=${encodeURIComponent(q)}`;
      expect(await ids(rep1, url(c.part)), `${c.list} by ${c.part}`).not.toContain(c.id);
      expect(await searched(rep1, c.part, c.type), `search by ${c.part}`).not.toContain(c.id);
      expect(await ids(rep1, url(c.whole)), `${c.list} by ${c.whole}`).toContain(c.id);
      expect(await searched(rep1, c.whole, c.type), `search by ${c.whole}`).toContain(c.id);
      // A role that reads the field whole finds the record by a part of it.
      expect(await ids(lead, url(c.part)), `manager: ${c.list} by ${c.part}`).toContain(c.id);
      expect(await searched(lead, c.part, c.type), `manager: search by ${c.part}`).toContain(c.id);
    }
  });

  it('matches a hidden value whole whatever the case of its accented letters', async () => {
    // The rep may not write the name hidden from them: their manager enters the lead for them.
    const { id } = await call(use(), lead, 'POST', '/api/v1/leads', 201, {
      company: 'Umlaut GmbH',
      contactName: 'Jürgen Öztürk',
      ownerId: org.users.rep1.id,
    });
    const ids = async (session: string, q: string) =>
      (
        await call(use(), session, 'GET', `/api/v1/leads?q=${encodeURIComponent(q)}`, 200)
      ).items.map((i: { id: string }) => i.id);
    // SQLite's lower() leaves Ü and Ö as they are: only unicode_lower() makes these equal.
    expect(await ids(rep1, 'JÜRGEN ÖZTÜRK')).toEqual([id]);
    expect(await ids(rep1, 'ÖZTÜRK')).toEqual([]);
    expect(await ids(lead, 'ÖZTÜRK')).toEqual([id]);
  });

  it('refuses a write to a read-only or hidden field with 403 field_read_only and its path', async () => {
    const { version } = await call(use(), lead, 'GET', `/api/v1/customers/${customerId}`, 200);
    const refused = await use().request({
      method: 'PATCH',
      url: `/api/v1/customers/${customerId}`,
      as: rep1,
      payload: { version, phone: '13999999999', address: 'Elsewhere' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('field_read_only');
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'phone',
      'address',
    ]);
    const onCreate = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: rep1,
      payload: { name: 'New One', phone: '13600000000' },
    });
    expect(onCreate.statusCode).toBe(403);
    expect(onCreate.json().error.details[0]).toMatchObject({
      path: 'phone',
      code: 'field_read_only',
    });
    // Nothing changed.
    const after = await call(use(), lead, 'GET', `/api/v1/customers/${customerId}`, 200);
    expect(after).toMatchObject({ version, phone: PHONE, address: '8 Harbour Road' });
  });

  it('keeps stored values when a form sends back what it was shown', async () => {
    const shown = await call(use(), rep1, 'GET', `/api/v1/customers/${customerId}`, 200);
    // A masked value is never taken for a new one (it is not a phone or an e-mail) ...
    const masked = await use().request({
      method: 'PATCH',
      url: `/api/v1/customers/${customerId}`,
      as: rep1,
      payload: { version: shown.version, email: shown.email },
    });
    expect(masked.statusCode).toBe(400);
    // ... and the null shown for a hidden field sent back unchanged clears nothing.
    const saved = await call(use(), rep1, 'PATCH', `/api/v1/customers/${customerId}`, 200, {
      version: shown.version,
      name: 'Masked Trading Co',
      address: shown.address,
    });
    expect(saved).toMatchObject({ name: 'Masked Trading Co', phone: '138****1234' });
    const full = await call(use(), lead, 'GET', `/api/v1/customers/${customerId}`, 200);
    expect(full).toMatchObject({
      name: 'Masked Trading Co',
      phone: PHONE,
      email: EMAIL,
      address: '8 Harbour Road',
    });
    // An editable masked field still takes a new value.
    const changed = await call(use(), rep1, 'PATCH', `/api/v1/customers/${customerId}`, 200, {
      version: saved.version,
      email: 'li@example.com',
    });
    expect(changed.email).toBe('l***@example.com');
  });

  it('reveals a masked value on request, and records who did it in the history', async () => {
    const revealed = await call(
      use(),
      rep1,
      'POST',
      `/api/v1/customers/${customerId}/reveal`,
      200,
      {
        field: 'phone',
      },
    );
    expect(revealed).toEqual({ field: 'phone', value: PHONE });
    const contact = await call(use(), rep1, 'POST', `/api/v1/contacts/${contactId}/reveal`, 200, {
      field: 'phone',
    });
    expect(contact.value).toBe('13900001111');
    const leadPhone = await call(use(), rep1, 'POST', `/api/v1/leads/${leadId}/reveal`, 200, {
      field: 'phone',
    });
    expect(leadPhone.value).toBe('13700002222');

    const history = await historyOf(use(), lead, `/api/v1/customers/${customerId}`);
    const reveals = history.filter((h) => h.action === 'reveal');
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({
      field: 'phone',
      actorId: org.users.rep1.id,
      oldValue: null,
      newValue: null,
    });

    // A customer outside the caller's scope stays "not found".
    const rep3 = await use().login('rep3@example.com', PASSWORD);
    await call(use(), rep3, 'POST', `/api/v1/customers/${customerId}/reveal`, 404, {
      field: 'phone',
    });
  });
});
