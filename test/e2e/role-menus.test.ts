import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/simulator/demo-organisation.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import {
  collectPageErrors,
  launchBrowser,
  screenshot,
  shouldRunBrowser,
} from '../support/browser.js';
import { appShell, signIn } from '../support/e2e-session.js';

/** What a refused page or request says, in both languages (web/src/i18n). */
const PERMISSION_TEXTS = [
  'You do not have permission',
  '你没有查看此页面的权限',
  '你没有执行此操作的权限',
  '无权访问',
];

/** Whatever antd shows while a page or a card is still loading. */
const LOADING = '.ant-spin-spinning, .ant-skeleton-active, .ant-card-loading-content';

/** Counts the page's requests in flight and keeps every answer of 400 or more. */
function watchRequests(page: Page) {
  const failed: string[] = [];
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  page.on('response', (response) => {
    if (response.status() >= 400)
      failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return { failed, inFlight: () => inFlight };
}

/** The menu's entries (the admin sub-menu opened first), as their test ids. */
async function menuEntries(page: Page): Promise<string[]> {
  const menu = page.getByTestId('side-menu');
  const subMenu = menu.locator('.ant-menu-submenu-title');
  if ((await subMenu.count()) > 0) {
    await subMenu.click();
    await menu.locator('.ant-menu-sub').waitFor();
  }
  const ids = await menu
    .locator('[data-testid^="nav-"]')
    .evaluateAll((spans) => spans.map((span) => span.getAttribute('data-testid') ?? ''));
  return ids.filter(Boolean);
}

(shouldRunBrowser() ? describe : describe.skip)('every demo role’s menu in Chromium', () => {
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

  // Each role is offered its own work (the server decides; the exact lists are tested there).
  const offered: Record<string, { has: string[]; hasNot: string[] }> = {
    'sun.li': { has: ['nav-tickets'], hasNot: ['nav-leads', 'nav-pool', 'nav-campaigns'] },
    'zheng.hao': { has: ['nav-campaigns', 'nav-leads'], hasNot: ['nav-tickets', 'nav-pool'] },
    'zhang.wei': { has: ['nav-leads', 'nav-pool'], hasNot: ['nav-campaigns', 'nav-team'] },
    admin: { has: ['nav-users', 'nav-cycles'], hasNot: [] },
    'sales.director': { has: ['nav-team'], hasNot: ['nav-users'] },
    'east.lead': { has: ['nav-team', 'nav-leads'], hasNot: ['nav-users'] },
  };

  for (const [index, login] of DEMO_LOGINS.entries()) {
    const role = login.email.split('@')[0] ?? login.email;
    it(`opens every menu entry of ${role} without a permission error or a failed request`, async () => {
      const locale = index % 2 === 0 ? 'zh-CN' : 'en';
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const requests = watchRequests(page);
      const loading = page.locator(LOADING);
      // Settled: no request in flight and nothing shown as loading, on three checks in a row.
      const settled = async () => {
        let quietChecks = 0;
        await expect
          .poll(
            async () => {
              const quiet = requests.inFlight() === 0 && (await loading.count()) === 0;
              quietChecks = quiet ? quietChecks + 1 : 0;
              return quietChecks;
            },
            { timeout: 30_000, interval: 200 },
          )
          .toBeGreaterThanOrEqual(3);
      };

      await signIn(page, server, login.email, appShell);
      await settled();
      await screenshot(page, `role-${role}-workbench-${locale}-desktop`);
      const entries = await menuEntries(page);
      const expected = offered[role];
      if (expected) {
        expect(entries).toEqual(expect.arrayContaining(expected.has));
        for (const entry of expected.hasNot) expect(entries).not.toContain(entry);
      }
      for (const entry of entries) {
        await page.getByTestId(entry).click();
        await settled();
        const text = await page.locator('body').innerText();
        for (const refusal of PERMISSION_TEXTS)
          expect(text, `${login.email} on ${entry}`).not.toContain(refusal);
        expect(requests.failed, `${login.email} on ${entry}`).toEqual([]);
      }

      // The landing page at phone width.
      await page.getByTestId('nav-workbench').click();
      await page.setViewportSize({ width: 390, height: 844 });
      await settled();
      await screenshot(page, `role-${role}-workbench-${locale}-phone`);
      expect(requests.failed).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
