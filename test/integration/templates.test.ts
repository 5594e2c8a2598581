import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

type Item = { metric: string; weight: number; floor: number; target: number; cap: number };
type Template = { id: string; role: string; current: { number: number; items: Item[] } };

describeEngines('template versions and their items', (use) => {
  let admin: string;
  const template = async (role: string): Promise<Template> => {
    const response = await use().request({ method: 'GET', url: '/api/v1/templates', as: admin });
    const found = (response.json().items as Template[]).find((t) => t.role === role);
    if (!found) throw new Error(`no ${role} template`);
    return found;
  };
  /** A new version of the role's current template with one item's fields changed. */
  const edit = async (role: string, metric: string, change: Partial<Item>) => {
    const { id, current } = await template(role);
    const index = current.items.findIndex((i) => i.metric === metric);
    const items = current.items.map((i, at) => (at === index ? { ...i, ...change } : i));
    const response = await use().request({
      method: 'POST',
      url: `/api/v1/templates/${id}/versions`,
      as: admin,
      payload: { items, note: `Change ${metric}` },
    });
    return { response, index };
  };

  beforeAll(async () => {
    await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
  });

  it('refuses a floor or target the metric’s unit cannot take, naming the item’s field', async () => {
    const cases = [
      // A percentage is a fraction: 150 (meant as 150 %, or a typo) is no win rate.
      ['sales', 'win_rate', { target: 150 }, 'target', 'target_outside_unit_range'],
      ['sales', 'stale_pipeline', { floor: 1.2 }, 'floor', 'floor_outside_unit_range'],
      ['marketing', 'qualified_leads', { floor: -5 }, 'floor', 'floor_outside_unit_range'],
    ] as const;
    for (const [role, metric, change, field, code] of cases) {
      const { response, index } = await edit(role, metric, change);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        details: [{ path: `items.${index}.${field}`, code }],
      });
    }
    expect((await template('sales')).current.number).toBe(1);
    expect((await template('marketing')).current.number).toBe(1);
  });

  it('takes values within the unit, up to a percentage of 1 and from 0', async () => {
    const sales = await edit('sales', 'win_rate', { floor: 0, target: 1 });
    expect(sales.response.statusCode).toBe(201);
    expect(sales.response.json().items[sales.index]).toMatchObject({ floor: 0, target: 1 });
    const marketing = await edit('marketing', 'qualified_leads', { floor: 0, target: 150 });
    expect(marketing.response.statusCode).toBe(201);
    expect((await template('marketing')).current.number).toBe(2);
  });
});
