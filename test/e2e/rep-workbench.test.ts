import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import {
  collectPageErrors,
  launchBrowser,
  screenshot,
  shouldRunBrowser,
} from '../support/browser.js';
import { chooseOption, REP, signIn } from '../support/e2e-session.js';

/**
 * A new name, phone and visit note for each attempt: a retried test must not meet its earlier
 * customer as a duplicate (Q2), nor its earlier note as a copy that does not count (Q4).
 */
const newAttempt = () => {
  const stamp = String(Date.now());
  return {
    name: `华东精密仪器 E2E ${stamp}`,
    phone: `138${stamp.slice(-8)}`,
    visit: `上门拜访采购部，演示了新版本并确认了明年的预算范围（${stamp}）。`,
  };
};

const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const signInRep = (page: Page, server: AppServer) =>
  signIn(page, server, REP, (home) => home.getByTestId('scorecard-card'));

/** The number of activities behind the activity-frequency item of the live scorecard. */
async function activityCount(page: Page): Promise<number> {
  const basis = page.getByTestId('metric-basis-activity_frequency');
  await basis.waitFor();
  return Number(await basis.getAttribute('data-count'));
}

/** Opens quick capture on the workbench and chooses the customer. */
async function openCapture(page: Page, customer: string): Promise<Locator> {
  await page.getByTestId('quick-capture').click();
  const drawer = page.getByTestId('quick-capture-drawer');
  await drawer.getByTestId('capture-customer').click();
  await page.keyboard.type(customer.slice(0, 6));
  await chooseOption(page, customer);
  return drawer;
}

async function switchLanguage(page: Page, label: 'English' | '中文'): Promise<void> {
  await page.getByTestId('language-switch').getByText(label).click();
}

(shouldRunBrowser() ? describe : describe.skip)('sales rep workbench in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let customer = '';
  let visit = '';
  let customerUrl = '';
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs a visit with a next follow-up from the workbench, shows it on the timeline and in the live scorecard', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: SIZES[0].viewport });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInRep(page, server);
    const created = newAttempt();
    customer = created.name;
    visit = created.visit;

    // A customer of the rep's own, created through the customers list.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('create-customer').click();
    await page.getByTestId('customer-name').fill(customer);
    await page.getByTestId('customer-phone').fill(created.phone);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(customer).first().waitFor();

    await page.getByTestId('nav-workbench').click();
    const before = await activityCount(page);

    // Quick capture from the workbench: customer, type, content, next follow-up.
    const drawer = await openCapture(page, customer);
    await drawer.getByTestId('capture-type').getByText('拜访').click();
    await drawer.getByTestId('capture-content').fill(visit);
    await drawer.getByTestId('capture-next-note').fill('发送报价单');
    await drawer.getByTestId('capture-save').click();
    await drawer.waitFor({ state: 'hidden' });

    // The live scorecard counts the new activity.
    await expect.poll(() => activityCount(page)).toBe(before + 1);

    // A thin note is logged, but quick capture says it will not count and why; the count stays.
    const thin = await openCapture(page, customer);
    await thin.getByTestId('capture-content').fill('好的');
    await thin.getByTestId('capture-with-next').click();
    await thin.getByTestId('capture-save').click();
    const verdict = page.getByTestId('capture-verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toBe('已记录，但不计入考核：内容过短（少于 10 个字）。');
    await screenshot(page, 'rep-quick-capture-verdict-zh-1366');
    await thin.waitFor({ state: 'hidden' });
    expect(await activityCount(page)).toBe(before + 1);

    // The visit is on the customer's timeline.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customer-search').locator('input').fill(customer);
    await page.getByTestId('customer-search').locator('input').press('Enter');
    await page.getByRole('link', { name: customer }).click();
    await page.getByTestId('customer-timeline').getByText(visit).waitFor();
    expect(await page.getByTestId('customer-timeline').innerText()).toContain('拜访');
    customerUrl = page.url();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the workbench, customers, customer detail and quick capture at desktop and phone width in both languages', async () => {
    for (const size of SIZES) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: size.viewport });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signInRep(page, server);
      for (const language of ['zh', 'en'] as const) {
        if (language === 'en') await switchLanguage(page, 'English');
        await page.goto(`${server.url}/workbench`);
        await page
          .getByTestId('scorecard-card')
          .getByTestId('metric-basis-activity_frequency')
          .waitFor();
        await screenshot(page, `rep-workbench-${language}-${size.name}`);

        await page.getByTestId('quick-capture').click();
        await page.getByTestId('capture-content').waitFor();
        await screenshot(page, `rep-quick-capture-${language}-${size.name}`);
        await page.locator('.ant-drawer-close').click();
        await page.getByTestId('quick-capture-drawer').waitFor({ state: 'hidden' });

        await page.goto(`${server.url}/customers`);
        await page.getByRole('link', { name: customer }).waitFor();
        await screenshot(page, `rep-customers-${language}-${size.name}`);

        await page.goto(customerUrl);
        await page.getByTestId('customer-timeline').getByText(visit).waitFor();
        await screenshot(page, `rep-customer-detail-${language}-${size.name}`);
        if (language === 'en') {
          // Every label, tab, title and button is in English (names and notes are data).
          const labels = await page
            .locator(
              '.ant-tabs-tab, .ant-descriptions-item-label, .ant-card-head-title, main button',
            )
            .allInnerTexts();
          expect(labels.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('opens the pool, contacts, tickets and feedback pages without errors', async () => {
    const context = await browser.newContext({ locale: 'en', viewport: SIZES[0].viewport });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInRep(page, server);
    for (const area of ['pool', 'contacts', 'tickets', 'feedback']) {
      await page.getByTestId(`nav-${area}`).click();
      // Rows, or the empty state once loaded.
      await page
        .getByTestId(`${area}-table`)
        .locator('.ant-table-row, .ant-empty')
        .first()
        .waitFor();
      await screenshot(page, `rep-${area}-en-desktop`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
