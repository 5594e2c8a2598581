import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWeeklyDigests } from '../../src/modules/notifications/weekly-digest.service.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { openPopup, openSignedIn, REP, submitDialog } from '../support/e2e-session.js';

(shouldRunBrowser() ? describe : describe.skip)('weekly digest in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    // The demo company's people have live scorecards with items short of target.
    expect(await sendWeeklyDigests(server.db, new Date(), 'Asia/Shanghai')).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the digest in the bell and opens the live scorecard from it', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'en', 1366);
    await page.getByTestId('notification-bell').click();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    const digest = list.locator('.ant-list-item', {
      hasText: 'What would raise your score this week',
    });
    await expect.poll(() => digest.count()).toBe(1);
    expect(await digest.innerText()).toMatch(/1\. .+ \(up to \+[\d.]+ points\): /);
    await screenshot(page, 'weekly-digest-bell');
    await digest.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?view=live:month');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a rep turn the digest off in the notification settings (zh-CN)', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'zh-CN', 390);
    await openPopup(page, page.getByTestId('user-menu'));
    await page.getByTestId('notification-settings').click();
    const toggle = page.getByTestId('notification-kind-weekly_digest');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('.ant-modal-wrap:visible').innerText()).toContain('每周提分建议');
    await toggle.click();
    await screenshot(page, 'notification-settings-390');
    await submitDialog(page);
    await expect
      .poll(async () => {
        const response = await page.request.get(`${server.url}/api/v1/notifications/preferences`);
        return ((await response.json()) as { mutedKinds: string[] }).mutedKinds;
      })
      .toEqual(['weekly_digest']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
