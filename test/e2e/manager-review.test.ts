import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { chooseOption, DEMO, inputOf, openSignedIn } from '../support/e2e-session.js';

type Json = Record<string, unknown>;
type Api = <T = Json>(method: string, path: string, body?: unknown) => Promise<T>;

/** A signed-in API client for one demo user (for setting the scene, not for the flows). */
async function apiAs(server: AppServer, login: string): Promise<Api> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${login}${DEMO}`, password: server.demoPassword }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown) => {
    const reply = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await reply.text();
    if (!reply.ok) throw new Error(`${method} ${path} → ${reply.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

const signIn = (browser: Browser, server: AppServer, login: string, locale: string) =>
  openSignedIn(browser, server, `${login}${DEMO}`, locale);

/** Both widths, for people to look at. */
async function shoot(page: Page, context: BrowserContext, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
  void context;
}

(shouldRunBrowser() ? describe : describe.skip)('manager review in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let admin: Api;
  let rep: Api;
  let cycle: Json;
  let repId: string;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    admin = await apiAs(server, 'admin');
    rep = await apiAs(server, 'zhang.wei');
    repId = (await rep<{ user: { id: string } }>('GET', '/api/v1/auth/session')).user.id;

    // Zhang Wei's month: four calls recorded on time, two visits backfilled four days late.
    const customer = await rep<{ id: string }>('POST', '/api/v1/customers', {
      name: 'E2E Review Customer',
      phone: '13912345670',
    });
    const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    for (const [hours, content] of [
      [1, 'Called about the purchase plan and budget, round one'],
      [1, 'Called about the purchase plan and budget, round two'],
      [1, 'Called about the purchase plan and budget, round three'],
      [1, 'Called about the purchase plan and budget, round four'],
      [96, 'Visited the technical lead on site, first visit'],
      [97, 'Visited the technical lead on site, second visit'],
      [98, 'Visited the technical lead on site, third visit'],
    ] as const) {
      await rep('POST', '/api/v1/activities', {
        type: hours > 24 ? 'visit' : 'call',
        recordType: 'customer',
        recordId: customer.id,
        content,
        occurredAt: ago(hours),
      });
    }

    // …and one deal moved from qualification to proposal (a stage change in the evidence).
    const deal = await rep<{ id: string; version: number }>('POST', '/api/v1/opportunities', {
      customerId: customer.id,
      name: 'E2E Review Deal',
      amountCents: 8_000_00,
    });
    await rep('POST', `/api/v1/opportunities/${deal.id}/stage`, {
      version: deal.version,
      stageId: 'stage-proposal',
    });

    const today = new Date().toISOString().slice(0, 10);
    cycle = await admin('POST', '/api/v1/cycles', {
      name: `Review ${today.slice(0, 7)}`,
      kind: 'month',
      anchorDay: today,
    });
    // The month is still running: reviewing it now freezes its numbers so far, on purpose.
    for (const status of ['open', 'self_review', 'manager_review']) {
      cycle = await admin('POST', `/api/v1/cycles/${String(cycle.id)}/status`, {
        version: cycle.version,
        status,
        ...(status === 'manager_review' ? { force: true } : {}),
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a manager drills down to the late records, clears a flag, adjusts and comments; the employee acknowledges', async () => {
    const { context, page, errors } = await signIn(browser, server, 'east.lead', 'en');
    await page.goto(`${server.url}/team?tab=cycle`);
    await page.getByTestId(`review-${repId}`).click();
    const drawer = page.getByTestId('member-drawer');
    await drawer.getByTestId('why-update_timeliness').click();

    const evidence = page.getByTestId('evidence-drawer');
    const table = evidence.getByTestId('evidence-table');
    await expect.poll(() => table.innerText()).toContain('Called about the purchase plan');
    // Every record says what it is; a stage change names its deal and the move.
    const move = table.locator('tr', { hasText: 'E2E Review Deal' }).filter({
      has: page.getByTestId('evidence-move'),
    });
    await expect
      .poll(() => move.first().innerText())
      .toMatch(/Stage change[\s\S]*Qualification → Proposal/);
    const cells = await table.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(cells.join('\n')).not.toMatch(/\bRecord\b/);
    // Type, Time and Counted stay in view on a phone; the record's name scrolls.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const header of ['Type', 'Time', 'Counted'])
      expect(await evidence.getByRole('columnheader', { name: header }).isVisible()).toBe(true);
    await screenshot(page, 'team-evidence-en-390');
    const headerBox = await evidence.getByRole('columnheader', { name: 'Counted' }).boundingBox();
    expect((headerBox?.x ?? 999) + (headerBox?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'team-evidence-en-1366');
    await evidence.getByTestId('only-not-counted').click();
    // Only the records that did not count remain: the two late visits, never the timely calls.
    await expect.poll(() => table.innerText()).not.toContain('Called about');
    const rows = table.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await evidence.getByTestId('not-counted').count()).toBe(await rows.count());
    expect(await table.innerText()).toContain('Visited the technical lead');
    await screenshot(page, 'team-evidence-late-en');
    await evidence.locator('.ant-drawer-close').click();

    await drawer.getByTestId('adjust-update_timeliness').click();
    await inputOf(page, 'adjust-score').fill('80');
    await page
      .getByTestId('adjust-reason')
      .fill('Both visits were entered late because of a system outage.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => drawer.getByTestId('adjusted-update_timeliness').innerText())
      .toContain('80');
    await drawer
      .getByTestId('manager-review')
      .locator('textarea')
      .fill('Good follow-up rhythm; record visits the same day.');
    await drawer.getByTestId('manager-review-submit').click();
    await expect.poll(() => page.getByText('Your comment was saved.').count()).toBe(1);
    await screenshot(page, 'team-review-en');
    await drawer.locator('.ant-drawer-close').first().click();

    await page.goto(`${server.url}/team?tab=quality`);
    const flags = page.getByTestId('quality-flags');
    // Zhang Wei's backfilled visits (Q6): one group, each flag dated when the visit happened.
    await page.getByTestId('flag-person').click();
    await page.keyboard.type('Zhang Wei');
    await chooseOption(page, 'Zhang Wei');
    await page.getByTestId('flag-rule').click();
    await chooseOption(page, 'Q6 Backfilled late');
    const group = flags.locator('tr.ant-table-row-level-0').first();
    await expect.poll(() => group.innerText()).toMatch(/Q6[\s\S]*findings/);
    const findings = Number(/(\d+) findings/.exec(await group.innerText())?.[1]);
    expect(findings).toBeGreaterThanOrEqual(2);
    await group.locator('.ant-table-row-expand-icon').click();
    const visit = flags.locator('tr', {
      hasText: 'Visited the technical lead on site, first visit',
    });
    const visitDay = await page.evaluate(
      (iso) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric' }),
      new Date(Date.now() - 96 * 3_600_000).toISOString(),
    );
    expect(await visit.locator('[data-testid^="flag-happened-"]').innerText()).toContain(visitDay);
    expect(await visit.locator('[data-testid^="flag-record-"]').getAttribute('href')).toMatch(
      /^\/customers\//,
    );
    await shoot(page, context, 'team-quality-grouped-en');
    // One flag cleared on its own, with its reason…
    const firstClear = visit.locator('[data-testid^="clear-flag-"]');
    const flagId = String(await firstClear.getAttribute('data-testid'));
    await firstClear.click();
    await page
      .getByTestId('clear-reason')
      .fill('Confirmed with the customer that the visit took place.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId(flagId).count()).toBe(0);
    await expect.poll(() => group.innerText()).toContain(`${findings - 1} findings`);
    // …and one reason clears the rest of the group.
    await group.locator('.ant-checkbox-input').check();
    const clearSelected = page.getByTestId('clear-selected');
    expect(await clearSelected.innerText()).toBe(`Clear selected (${findings - 1})`);
    await clearSelected.click();
    await page.getByTestId('clear-reason').fill('Both visits were entered late after a trip.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => flags.locator('tr.ant-table-row').count()).toBe(0);
    await page.getByTestId('flag-status').getByText('Cleared').click();
    await expect.poll(() => flags.innerText()).toContain('findings');
    // The table remembers the group as expanded; open it only if it is not.
    const collapsed = flags.locator('.ant-table-row-expand-icon-collapsed');
    if ((await collapsed.count()) > 0) await collapsed.first().click();
    await expect.poll(() => flags.innerText()).toContain('Confirmed with the customer');
    expect(await flags.innerText()).toContain('Both visits were entered late after a trip.');
    expect(errors).toEqual([]);
    await context.close();

    for (const status of ['calibrated', 'published']) {
      cycle = await admin('POST', `/api/v1/cycles/${String(cycle.id)}/status`, {
        version: cycle.version,
        status,
      });
    }

    const employee = await signIn(browser, server, 'zhang.wei', 'en');
    await employee.page.goto(`${server.url}/appraisal`);
    await expect
      .poll(() => employee.page.getByTestId('cycle-status').first().innerText())
      .toBe('Published');
    await expect
      .poll(() => employee.page.getByTestId('adjusted-update_timeliness').innerText())
      .toContain('80');
    expect(await employee.page.getByTestId('manager-comment').innerText()).toContain(
      'Good follow-up rhythm',
    );
    await employee.page
      .getByTestId('acknowledge')
      .locator('textarea')
      .fill('Thanks, I will log visits the same day.');
    await employee.page.getByTestId('acknowledge-submit').click();
    await employee.page.getByTestId('acknowledged').waitFor();
    expect(employee.errors).toEqual([]);
    await employee.context.close();

    const results = await admin<{ items: Json[] }>(
      'GET',
      `/api/v1/cycles/${String(cycle.id)}/results`,
    );
    const mine = results.items.find((item) => item.userId === repId);
    expect(mine?.acknowledgedAt).toBeTruthy();
    expect(mine?.managerComment).toContain('Good follow-up rhythm');
  });

  it('an admin edits the sales template into a new version; the opened cycle keeps the old one', async () => {
    const weightsInCycle = async () => {
      const results = await admin<{ items: Json[] }>(
        'GET',
        `/api/v1/cycles/${String(cycle.id)}/results`,
      );
      const mine = results.items.find((item) => item.userId === repId);
      const full = await admin<{ items: { weight: number }[] }>(
        'GET',
        `/api/v1/cycle-results/${String(mine?.id)}`,
      );
      return full.items.map((item) => item.weight);
    };
    const before = await weightsInCycle();
    const { context, page, errors } = await signIn(browser, server, 'admin', 'en');
    await page.goto(`${server.url}/admin/templates`);
    await page.getByTestId('template-tab-sales').click();
    await expect.poll(() => page.getByTestId('current-version').innerText()).toContain('Version 1');
    await page.getByTestId('edit-template').click();
    // Percentages are entered as percentages (as on the targets page), and the weights add up.
    const templates = await admin<{
      items: {
        role: string;
        current: { items: { metric: string; target: number; weight: number }[] };
      }[];
    }>('GET', '/api/v1/templates');
    const salesItems = templates.items.find((tpl) => tpl.role === 'sales')?.current.items ?? [];
    const completeness = salesItems.findIndex((item) => item.metric === 'profile_completeness');
    expect(completeness).toBeGreaterThanOrEqual(0);
    expect(await inputOf(page, `item-${completeness}-target`).inputValue()).toBe(
      String(Math.round((salesItems[completeness]?.target ?? 0) * 100)),
    );
    const total = salesItems.reduce((sum, item) => sum + item.weight, 0);
    expect(await page.getByTestId('weight-total').innerText()).toContain(`Total weight: ${total}`);
    await inputOf(page, 'item-0-weight').fill('25');
    const newTotal = total - (salesItems[0]?.weight ?? 0) + 25;
    await expect
      .poll(() => page.getByTestId('weight-total').innerText())
      .toContain(`Total weight: ${newTotal}`);
    await screenshot(page, 'admin-template-editor-en-1366');
    await page.getByTestId('template-note').fill('More weight on customer profiles this quarter.');
    await page.getByTestId('save-template').click();
    await expect.poll(() => page.getByTestId('current-version').innerText()).toContain('Version 2');
    await page.getByTestId('diff-2').click();
    const diff = await page.getByTestId('template-diff').innerText();
    expect(diff).toContain('Changed');
    expect(diff).toContain('25');
    await page.waitForTimeout(400);
    await screenshot(page, 'admin-template-diff-en');
    expect(errors).toEqual([]);
    await context.close();

    // The cycle opened before the edit still scores with the version it snapshotted.
    expect(await weightsInCycle()).toEqual(before);
    expect(before).not.toContain(25);
  });

  it('switches every visible text of the appraisal, team and template pages between Chinese and English', async () => {
    const users = await admin<{ items: { id: string; email: string; name: string }[] }>(
      'GET',
      '/api/v1/users?pageSize=100',
    );
    const rep = users.items.find((user) => user.email.startsWith('zhang.wei@'));
    // The rep's flags name their records (customer names, notes): data, like the people's names.
    const flags = await admin<{ items: { record: { label: string } | null }[] }>(
      'GET',
      `/api/v1/quality/flags?pageSize=100&userId=${rep?.id ?? ''}`,
    );
    const names = [
      ...users.items.flatMap((user) => [user.name, ...user.name.split(' ')]),
      ...flags.items.flatMap((flag) => (flag.record ? [flag.record.label] : [])),
    ];
    const withoutData = (text: string) =>
      names.reduce((rest, name) => rest.split(name).join(' '), text);

    for (const [login, path, name] of [
      ['zhang.wei', '/appraisal', 'appraisal'],
      ['east.lead', '/team?tab=cycle', 'team'],
      ['admin', '/admin/templates', 'admin-templates'],
    ] as const) {
      const { context, page, errors } = await signIn(browser, server, login, 'zh-CN');
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      const heading = page.locator('h4').first();
      const chinese = await page.locator('main').innerText();
      const zhHeading = await heading.innerText();
      expect(zhHeading).toMatch(CJK);
      if (name === 'appraisal')
        expect(await page.getByTestId('my-flags').innerText()).toContain('我的数据质量标记');
      await shoot(page, context, `${name}-zh`);

      await page.getByTestId('language-switch').getByText('English').click();
      await expect.poll(() => heading.innerText()).not.toBe(zhHeading);
      await page.waitForLoadState('networkidle');
      const english = await page.locator('main').innerText();
      const leftover = withoutData(english)
        .split('\n')
        .filter((line) => CJK.test(line));
      expect(leftover).toEqual([]);
      expect(english).not.toEqual(chinese);
      await shoot(page, context, `${name}-en`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
