import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { chooseOption, DEMO, inputOf, openSignedIn } from '../support/e2e-session.js';

type Template = { role: string; current: { number: number; note: string | null } | null };

(shouldRunBrowser() ? describe : describe.skip)('quarterly review in Chromium', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Signing in and measuring the demo's month take a while on a shared machine.
  it('a manager reviews the last closed month, runs a what-if and adopts it', async () => {
    const { page, errors } = await openSignedIn(browser, server, `east.lead${DEMO}`, 'en');
    await page.goto(`${server.url}/review`);
    // The newest published month of the demo, with its items' health.
    const items = page.getByTestId('review-items');
    await expect.poll(() => items.innerText()).toContain('Update timeliness');
    await screenshot(page, 'review-items-en');

    await page.getByRole('tab', { name: 'What-if' }).click();
    await page.getByTestId('what-if-template').click();
    await chooseOption(page, 'Sales scorecard');
    const weight = inputOf(page, 'proposal-update_timeliness-weight');
    await weight.fill('20');
    await weight.press('Tab');
    await page.getByTestId('run-what-if').click();
    const result = page.getByTestId('what-if-result');
    await expect.poll(() => result.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await result.innerText()).toMatch(/→/);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'review-what-if-en-390');
    await page.setViewportSize({ width: 1366, height: 768 });

    await page.getByTestId('adopt-note').fill('Quarterly review: timeliness counts double');
    await page.getByTestId('adopt-what-if').click();
    await expect.poll(() => page.getByText(/Saved as version \d+/).count()).toBe(1);

    const templates = await page.request.get(`${server.url}/api/v1/templates`);
    const sales = ((await templates.json()) as { items: Template[] }).items.find(
      (t) => t.role === 'sales',
    );
    expect(sales?.current).toMatchObject({
      number: 2,
      note: 'Quarterly review: timeliness counts double',
    });
    expect(errors).toEqual([]);
  });
});
