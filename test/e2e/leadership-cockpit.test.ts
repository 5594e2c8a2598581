import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, openSignedIn, REP } from '../support/e2e-session.js';

(shouldRunBrowser() ? describe : describe.skip)('leadership cockpit in Chromium', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    // A deal opened today, so this month's funnel has a stage step with records whatever the date.
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: REP, password: server.demoPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const post = async (path: string, body: unknown) => {
      const reply = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(reply.status).toBe(201);
      return (await reply.json()) as { id: string };
    };
    const customer = await post('/api/v1/customers', {
      name: 'E2E Cockpit Customer',
      phone: '13912345671',
    });
    await post('/api/v1/opportunities', {
      customerId: customer.id,
      name: 'E2E Cockpit Deal',
      amountCents: 5_000_000,
      currency: 'CNY',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an executive opens the cockpit from the menu and drills from a funnel step to exactly its records', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, `ceo${DEMO}`, 'en-US');
    expect(await page.getByTestId('nav-reports').count()).toBe(1);
    await page.goto(`${server.url}/reports`);
    // The first pipeline stage of this month's funnel (after leads and customers).
    const step = page.getByTestId('funnel-step-2');
    await step.waitFor({ timeout: 120_000 });
    await page.getByTestId('funnel-chart').waitFor();
    await screenshot(page, 'cockpit-1366');
    const count = Number((await step.innerText()).replace(/[^0-9]/gu, ''));
    expect(count).toBeGreaterThan(0);
    await step.click();
    await page.waitForURL(/\/opportunities\?.*reachedStageId=/u);
    await page.getByText('E2E Cockpit Deal').waitFor();
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').first().textContent())
      .toBe(`${count} in total`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is usable on a phone in Chinese', async () => {
    const { context, page, errors } = await openSignedIn(
      browser,
      server,
      `ceo${DEMO}`,
      'zh-CN',
      390,
    );
    await page.goto(`${server.url}/reports?report=sales`);
    await page.getByTestId('sales-people').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByText('业绩、回款与应收').count()).toBeGreaterThan(0);
    await screenshot(page, 'reports-sales-390');
    expect(errors).toEqual([]);
    await context.close();
  });
  it('shows win/loss, service and CRM adoption in Chinese on a laptop and in English on a phone', async () => {
    // The last 90 days, so that the demo company has closed deals and tickets whatever the date.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const last90 = `&from=${day(-90)}&to=${day(0)}`;
    const views = [
      ['win-loss', 'win-loss-reasons', 'win-loss-chart', last90],
      ['service', 'service-agents', 'service-chart', last90],
      ['adoption', 'adoption-table', 'adoption-chart', ''],
    ] as const;
    for (const [locale, width] of [
      ['zh-CN', 1366],
      ['en-US', 390],
    ] as const) {
      const { context, page, errors } = await openSignedIn(
        browser,
        server,
        `ceo${DEMO}`,
        locale,
        width,
      );
      for (const [report, table, chart, period] of views) {
        await page.goto(`${server.url}/reports?report=${report}${period}`);
        await page.getByTestId(table).waitFor({ timeout: 120_000 });
        await page.getByTestId(chart).waitFor();
        await screenshot(page, `reports-${report}-${locale}-${width}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
