import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type Group = {
  type: string;
  items: { id: string; title: string; detail: string | null; link: string }[];
  more: boolean;
};

describeEngines('search', (use) => {
  const as = { rep1: '', rep2: '', lead: '' };
  const ids = {
    xinghe: '',
    acme: '',
    rivalXinghe: '',
    contact: '',
    lead: '',
    deal: '',
    contract: '',
    ticket: '',
  };

  const search = async (who: string, q: string, limit?: number): Promise<Group[]> =>
    (
      await call(
        use(),
        who,
        'GET',
        `/api/v1/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`,
        200,
      )
    ).groups;
  const found = (groups: Group[]) =>
    groups.flatMap((g) => g.items.map((i) => `${g.type}:${i.title}`)).sort();

  beforeAll(async () => {
    await buildOrg(use().db);
    as.rep1 = await use().login('rep1@example.com', PASSWORD);
    as.rep2 = await use().login('rep2@example.com', PASSWORD);
    as.lead = await use().login('lead@example.com', PASSWORD);
    ids.xinghe = (
      await createCustomer(use(), as.rep1, {
        name: '北京星河科技有限公司',
        phone: '+86 138 0013 8000',
        email: 'hello@xinghe.cn',
      })
    ).id;
    ids.acme = (await createCustomer(use(), as.rep1, { name: 'Acme Trading Co., Ltd.' })).id;
    await createCustomer(use(), as.rep1, { name: '晨光（北京）科技' });
    ids.rivalXinghe = (
      await createCustomer(use(), as.rep2, { name: '上海星河贸易', phone: '13800138000' })
    ).id;
    ids.contact = (
      await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
        customerId: ids.xinghe,
        name: '王小明',
        phone: '(010) 6552-1234',
        email: 'Wang.XM@Xinghe.cn',
      })
    ).id;
    ids.lead = (
      await call(use(), as.rep1, 'POST', '/api/v1/leads', 201, {
        company: 'Starriver Robotics',
        contactName: 'Li Lei',
        phone: '139-0013-9000',
      })
    ).id;
    ids.deal = (
      await call(use(), as.rep1, 'POST', '/api/v1/opportunities', 201, {
        customerId: ids.xinghe,
        name: '星河 ERP 升级',
        amountCents: 100_000,
      })
    ).id;
    ids.contract = (
      await call(use(), as.rep1, 'POST', '/api/v1/contracts', 201, {
        customerId: ids.xinghe,
        number: 'HT-2026-0042',
        title: 'Annual licence',
        amountCents: 100_000,
        signedOn: '2026-01-05',
      })
    ).id;
    ids.ticket = (
      await call(use(), as.rep1, 'POST', '/api/v1/tickets', 201, {
        customerId: ids.xinghe,
        title: '打印机驱动安装失败',
      })
    ).id;
  });

  it('finds a customer by two characters of its Chinese name, with its opportunity, and links each', async () => {
    const groups = await search(as.rep1, '星河');
    expect(found(groups)).toEqual(['customer:北京星河科技有限公司', 'opportunity:星河 ERP 升级']);
    const customer = groups.find((g) => g.type === 'customer');
    expect(customer?.items[0]?.link).toBe(`/customers/${ids.xinghe}`);
    const deal = groups.find((g) => g.type === 'opportunity');
    expect(deal?.items[0]).toMatchObject({
      link: `/opportunities/${ids.deal}`,
      detail: '北京星河科技有限公司',
    });
  });

  it('finds English names and e-mails ignoring case, and contracts by number', async () => {
    expect(found(await search(as.rep1, 'acme TRADING'))).toEqual([
      'customer:Acme Trading Co., Ltd.',
    ]);
    expect(found(await search(as.rep1, 'wang.xm@XINGHE'))).toEqual(['contact:王小明']);
    expect(found(await search(as.rep1, 'starriver'))).toEqual(['lead:Starriver Robotics']);
    // Full-width forms find themselves as typed, and a full-width query finds ASCII names.
    expect(found(await search(as.rep1, '（北京）'))).toEqual(['customer:晨光（北京）科技']);
    expect(found(await search(as.rep1, 'ＡＣＭＥ'))).toEqual(['customer:Acme Trading Co., Ltd.']);
    const byNumber = await search(as.rep1, 'ht-2026-0042');
    expect(found(byNumber)).toEqual(['contract:HT-2026-0042 Annual licence']);
    expect(byNumber[0]?.items[0]?.link).toBe(`/contracts/${ids.contract}`);
    // A contact opens its customer's page.
    expect((await search(as.rep1, '王小明'))[0]?.items[0]?.link).toBe(`/customers/${ids.xinghe}`);
  });

  it('finds the same phone in every format, and a ticket by its title or number', async () => {
    for (const q of ['13800138000', '138 0013 8000', '+86-138-0013-8000', '0086 13800138000']) {
      expect(found(await search(as.rep1, q)), q).toEqual(['customer:北京星河科技有限公司']);
    }
    expect(found(await search(as.rep1, '6552 1234'))).toEqual(['contact:王小明']);
    expect(found(await search(as.rep1, '+86 139 0013 9000'))).toEqual(['lead:Starriver Robotics']);
    expect(found(await search(as.rep1, '驱动安装'))).toEqual(['ticket:打印机驱动安装失败']);
    const byNumber = await search(as.rep1, ids.ticket.slice(0, 13));
    expect(byNumber.find((g) => g.type === 'ticket')?.items.map((i) => i.id)).toEqual([ids.ticket]);
  });

  it('never returns a record outside the data scope, while the manager above both finds both', async () => {
    expect(found(await search(as.rep2, '星河'))).toEqual(['customer:上海星河贸易']);
    expect(found(await search(as.rep2, '138 0013 8000'))).toEqual(['customer:上海星河贸易']);
    expect(found(await search(as.rep2, 'HT-2026'))).toEqual([]);
    expect(found(await search(as.rep2, 'xinghe.cn'))).toEqual([]);
    expect(found(await search(as.lead, '星河'))).toEqual([
      'customer:上海星河贸易',
      'customer:北京星河科技有限公司',
      'opportunity:星河 ERP 升级',
    ]);
  });

  it('follows renames and deletions, treats wildcards literally and reports more than the limit', async () => {
    const customer = await call(use(), as.rep1, 'GET', `/api/v1/customers/${ids.acme}`, 200);
    await call(use(), as.rep1, 'PATCH', `/api/v1/customers/${ids.acme}`, 200, {
      version: customer.version,
      name: 'Acme 100% Robotics',
    });
    expect(found(await search(as.rep1, 'trading'))).toEqual([]);
    expect(found(await search(as.rep1, '100%'))).toEqual(['customer:Acme 100% Robotics']);
    expect(found(await search(as.rep1, '1_0'))).toEqual([]);
    await call(
      use(),
      as.rep1,
      'DELETE',
      `/api/v1/customers/${ids.acme}?version=${customer.version + 1}`,
      204,
    );
    expect(found(await search(as.rep1, 'acme'))).toEqual([]);

    const limited = await search(as.lead, '星河', 1);
    expect(limited.find((g) => g.type === 'customer')).toMatchObject({ more: true });
    expect(limited.find((g) => g.type === 'customer')?.items).toHaveLength(1);
  });

  it("takes % and _ literally in the lists' search box too", async () => {
    const customers = [
      '5% Discount Store',
      '50 Discount Store',
      'Plan_B Supplies',
      'PlanXB Supplies',
    ];
    const customerIds: string[] = [];
    for (const name of customers)
      customerIds.push((await createCustomer(use(), as.rep1, { name })).id);
    for (const [i, name] of ['Li 5%', 'Li 50', 'Wu_Fang', 'WuXFang'].entries())
      await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
        customerId: customerIds[i],
        name,
      });
    const names = async (list: string, q: string) =>
      (
        await call(use(), as.rep1, 'GET', `/api/v1/${list}?q=${encodeURIComponent(q)}`, 200)
      ).items.map((item: { name: string }) => item.name);

    expect(await names('customers', '5%')).toEqual(['5% Discount Store']);
    expect(await names('customers', 'n_b')).toEqual(['Plan_B Supplies']);
    expect((await names('customers', 'discount')).sort()).toEqual([
      '5% Discount Store',
      '50 Discount Store',
    ]);
    expect(await names('contacts', 'li 5%')).toEqual(['Li 5%']);
    expect(await names('contacts', 'u_f')).toEqual(['Wu_Fang']);
  });

  it('takes % and _ literally when searching tickets, products and people', async () => {
    const admin = await use().login('admin@example.com', PASSWORD);
    for (const title of ['Refund 5%', 'Refund 50'])
      await call(use(), as.rep1, 'POST', '/api/v1/tickets', 201, { customerId: ids.xinghe, title });
    for (const [name, code] of [
      ['Bolt 5%', 'B_1'],
      ['Bolt 50', 'BX1'],
    ])
      await call(use(), admin, 'POST', '/api/v1/products', 201, {
        name,
        code,
        unitPriceCents: 1_000,
        currency: 'CNY',
      });
    for (const name of ['Zhao 5%', 'Zhao 50'])
      await call(use(), admin, 'POST', '/api/v1/users', 201, {
        name,
        email: `${name.endsWith('%') ? 'zhao_5' : 'zhaox5'}@example.com`,
        password: PASSWORD,
        roles: ['sales'],
      });
    const matches = async (list: string, field: 'title' | 'name', q: string, who = admin) =>
      (await call(use(), who, 'GET', `/api/v1/${list}?q=${encodeURIComponent(q)}`, 200)).items
        .map((item: Record<typeof field, string>) => item[field])
        .sort();

    expect(await matches('tickets', 'title', 'refund', as.rep1)).toEqual([
      'Refund 5%',
      'Refund 50',
    ]);
    expect(await matches('tickets', 'title', 'd 5%', as.rep1)).toEqual(['Refund 5%']);
    expect(await matches('products', 'name', 'bolt 5%')).toEqual(['Bolt 5%']);
    expect(await matches('products', 'name', 'b_1')).toEqual(['Bolt 5%']);
    expect(await matches('users', 'name', 'zhao 5%')).toEqual(['Zhao 5%']);
    expect(await matches('users', 'name', 'zhao_')).toEqual(['Zhao 5%']);
  });

  it('ignores the case of accented letters, in the lists and in the search', async () => {
    const customerId = (await createCustomer(use(), as.rep1, { name: 'ÖSTERREICH Post AG' })).id;
    await call(use(), as.rep1, 'POST', '/api/v1/contacts', 201, {
      customerId,
      name: 'Émile Brûlé',
    });
    const names = async (list: string, q: string) =>
      (
        await call(use(), as.rep1, 'GET', `/api/v1/${list}?q=${encodeURIComponent(q)}`, 200)
      ).items.map((item: { name: string }) => item.name);

    for (const q of ['ÖSTERREICH', 'Österreich', 'österreich post'])
      expect(await names('customers', q), q).toEqual(['ÖSTERREICH Post AG']);
    for (const q of ['ÉMILE', 'émile brûlé', 'BRÛLÉ', 'Û'])
      expect(await names('contacts', q), q).toEqual(['Émile Brûlé']);
    expect(found(await search(as.rep1, 'österreich'))).toEqual(['customer:ÖSTERREICH Post AG']);
    expect(found(await search(as.rep1, 'ÉMILE'))).toEqual(['contact:Émile Brûlé']);
  });

  it('refuses an empty query and anyone not signed in', async () => {
    await call(use(), as.rep1, 'GET', '/api/v1/search?q=%20', 400);
    expect((await use().request({ method: 'GET', url: '/api/v1/search?q=x' })).statusCode).toBe(
      401,
    );
  });
});
