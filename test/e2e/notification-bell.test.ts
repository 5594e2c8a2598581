import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { produceNotifications } from '../../src/modules/notifications/notification-producers.service.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { openSignedIn, REP } from '../support/e2e-session.js';

(shouldRunBrowser() ? describe : describe.skip)('notification bell in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    // The demo company has plans and opportunities of every age: the rep gets reminders.
    await produceNotifications(server.db, new Date());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens My appraisal at the flags on my records, where a notification of several flags leads', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'en', 1366);
    await page.goto(`${server.url}/appraisal?section=flags`);
    const card = page.getByTestId('my-flags');
    await card.waitFor();
    await expect
      .poll(() => card.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeLessThan(100);
    expect(await card.innerText()).toContain('Data-quality flags on my records');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    [1366, 'zh-CN'],
    [390, 'en'],
  ])(
    'shows the unread count and the list at %i px (%s), and marks all read',
    async (width, locale) => {
      // Each width starts with everything unread again.
      await server.db.kysely.updateTable('notifications').set({ readAt: null }).execute();
      const { context, page, errors } = await openSignedIn(browser, server, REP, locale, width);
      const response = await page.request.get(`${server.url}/api/v1/notifications/unread-count`);
      const { unread } = (await response.json()) as { unread: number };
      expect(unread).toBeGreaterThan(0);
      const bell = page.getByTestId('notification-bell');
      await expect
        .poll(() => bell.locator('.ant-scroll-number').first().getAttribute('title'))
        .toBe(String(unread));
      await bell.click();
      const list = page.getByTestId('notification-list');
      await list.waitFor();
      expect(await list.locator('.ant-list-item').count()).toBe(Math.min(unread, 20));
      const text = await list.innerText();
      expect(text).toMatch(
        locale === 'zh-CN'
          ? /跟进计划|商机停滞|数据质量/
          : /Follow-up plan|Stale opportunity|Data-quality/,
      );
      await screenshot(page, `notification-bell-${width}`);
      await page.getByTestId('notifications-mark-all').click();
      await expect
        .poll(() => bell.getAttribute('aria-label'))
        .toBe(locale === 'zh-CN' ? '通知' : 'Notifications');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
