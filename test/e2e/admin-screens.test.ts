import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedRun } from '../../src/jobs/job-run-log.js';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, inputOf, openSignedIn } from '../support/e2e-session.js';

/** Every response of 400 or above the page receives, as "status url". */
function failedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
}

(shouldRunBrowser() ? describe : describe.skip)(
  'pool rules, products and job runs in Chromium',
  () => {
    let server: AppServer;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync('test-results/screenshots', { recursive: true });
      server = await startAppServer();
      // One run that went well and one that failed, logged the way the scheduler logs them.
      await loggedRun(server.db, 'quality-rules', '2026-03-02', 1, async () => '3 issues found');
      await loggedRun(server.db, 'pool-return', '2026-03-02', 1, async () => {
        throw new Error('database is locked');
      }).catch(() => undefined);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the admin changes the claim cap, creates a product and reads the job log', async () => {
      const { context, page, errors } = await openSignedIn(browser, server, `admin${DEMO}`, 'en');
      const failed = failedResponses(page);
      page.setDefaultTimeout(30_000);
      try {
        // Public pool rules: the claim cap is saved and read back after a reload.
        await page.getByText('Administration').click();
        await page.getByTestId('nav-poolSettings').click();
        await inputOf(page, 'claim-cap').fill('42');
        await page.getByTestId('save-pool-settings').click();
        await expect.poll(() => page.getByText('The pool rules were saved.').count()).toBe(1);
        await page.reload();
        await expect.poll(() => inputOf(page, 'claim-cap').inputValue()).toBe('42');
        await screenshot(page, 'admin-pool-settings-en-1366');

        // Products: a new one is listed with its price.
        await page.getByTestId('nav-products').click();
        await page.getByTestId('create-product').click();
        await page.getByTestId('product-name').fill('E2E onboarding package');
        await page.getByTestId('product-code').fill('E2E-1');
        await inputOf(page, 'product-price').fill('1280.5');
        await page.getByTestId('product-name').press('Enter');
        const products = page.getByTestId('products-table');
        await expect
          .poll(() => products.locator('tr', { hasText: 'E2E onboarding package' }).innerText())
          .toContain('1,280.50');
        await screenshot(page, 'admin-products-en-1366');

        // Job runs: both runs are listed, the failed one with its error, marked as failed.
        await page.getByTestId('nav-jobRuns').click();
        const runs = page.getByTestId('job-runs-table');
        await expect.poll(() => runs.innerText()).toContain('3 issues found');
        const failedRow = runs.locator('tr[data-status="failed"]');
        expect(await failedRow.innerText()).toContain('database is locked');
        expect(await failedRow.innerText()).toContain('Return customers to the pool');
        await screenshot(page, 'admin-job-runs-en-1366');
      } catch (error) {
        await screenshot(page, 'admin-screens-failure');
        throw error;
      }
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();

      // The three pages on a phone, in Chinese.
      const phone = await openSignedIn(browser, server, `admin${DEMO}`, 'zh-CN', 390);
      const phoneFailed = failedResponses(phone.page);
      for (const [name, testId] of [
        ['pool-settings', 'pool-settings-page'],
        ['products', 'products-page'],
        ['job-runs', 'job-runs-page'],
      ] as const) {
        await phone.page.goto(`${server.url}/admin/${name}`);
        await phone.page.getByTestId(testId).locator('h4').waitFor();
        await phone.page.waitForLoadState('networkidle');
        await screenshot(phone.page, `admin-${name}-zh-CN-390`);
      }
      expect(phoneFailed).toEqual([]);
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    });
  },
);
