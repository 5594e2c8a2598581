import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import {
  collectPageErrors,
  launchBrowser,
  screenshot,
  shouldRunBrowser,
} from '../support/browser.js';
import {
  chooseOption,
  inputOf,
  openPopup,
  REP,
  signIn,
  submitDialog,
} from '../support/e2e-session.js';

/** Types into a search select and picks the option with the given text. */
async function pick(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await inputOf(page, testId).fill(typed);
  await chooseOption(page, option);
}

async function fillDate(page: Page, testId: string, day: string): Promise<void> {
  const input = inputOf(page, testId);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

async function recordPayment(page: Page, yuan: string, withPlan: boolean): Promise<void> {
  await page.getByTestId('record-payment').click();
  await page.getByTestId('payment-dialog').waitFor();
  await inputOf(page, 'payment-amount').fill(yuan);
  // The method is free text with the usual ones suggested.
  await inputOf(page, 'payment-method').click();
  await chooseOption(page, '银行转账');
  if (withPlan) {
    await page.getByTestId('payment-plan').click();
    await chooseOption(page, '¥6,000.00');
  }
  await submitDialog(page);
}

const balanceText = (page: Page) => page.getByTestId('contract-balance').innerText();
/** The collection progress bar's value, 0–100 (at 100 it shows a tick rather than a number). */
const progress = async (page: Page) => {
  const bar = page.locator(
    '[data-testid="contract-progress"][role="progressbar"], [data-testid="contract-progress"] [role="progressbar"]',
  );
  return Number(await bar.first().getAttribute('aria-valuenow'));
};

const heading = (page: Page) => page.getByRole('heading', { level: 4 }).first().textContent();

type Deal = { customerName: string; opportunityId: string; opportunityName: string };

/**
 * An open opportunity of the signed-in rep whose name no other deal of its customer shares, so
 * that picking it by name is unambiguous (the demo data changes; read it, do not assume it).
 */
async function findOwnDeal(page: Page, server: AppServer): Promise<Deal> {
  const get = async (path: string): Promise<unknown> =>
    (await page.request.get(`${server.url}${path}`)).json();
  const me = (await get('/api/v1/auth/me')) as { user: { id: string } };
  type Opportunity = { id: string; name: string; customerId: string };
  const found = (await get(
    `/api/v1/opportunities?ownerId=${me.user.id}&status=open&pageSize=50&sort=updatedAt&order=desc`,
  )) as { items: Opportunity[] };
  for (const opportunity of found.items ?? []) {
    const siblings = (await get(
      `/api/v1/opportunities?customerId=${opportunity.customerId}&pageSize=200`,
    )) as { items: Opportunity[] };
    if (siblings.items.filter((o) => o.name === opportunity.name).length !== 1) continue;
    const customer = (await get(`/api/v1/customers/${opportunity.customerId}`)) as {
      name: string;
    };
    return {
      customerName: customer.name,
      opportunityId: opportunity.id,
      opportunityName: opportunity.name,
    };
  }
  throw new Error(`no open opportunity of the rep with a unique name: ${JSON.stringify(found)}`);
}

(shouldRunBrowser() ? describe : describe.skip)('contracts and payments in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let contractPath = '';
  let deal: Deal;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('a rep signs a contract, plans and records payments, is told about an overpayment and may allow it', async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server, REP);
    deal = await findOwnDeal(page, server);
    // Each attempt signs its own contract: a retry does not meet the number of an earlier one.
    const number = `HT-E2E-${Date.now() % 1_000_000}`;

    await page.getByTestId('nav-contracts').click();
    await page.getByTestId('contracts-table').locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'contracts-list-zh-1366');

    // A new contract for the rep's customer, from its opportunity; the amount is typed in yuan.
    await page.getByTestId('create-contract').click();
    await page.getByTestId('contract-form').waitFor();
    await pick(page, 'contract-customer', deal.customerName, deal.customerName);
    await inputOf(page, 'contract-number').fill(number);
    await inputOf(page, 'contract-title').fill('年度订阅合同');
    await inputOf(page, 'contract-amount').fill('10000');
    await page.locator('.ant-form-item', { hasText: '商机' }).locator('.ant-select').click();
    await chooseOption(page, deal.opportunityName);
    await screenshot(page, 'contract-form-zh-1366');
    await submitDialog(page);
    await expect.poll(() => page.getByTestId('contract-heading').textContent()).toBe(number);
    contractPath = new URL(page.url()).pathname;
    expect(contractPath).toMatch(/^\/contracts\/.+/);
    expect(await balanceText(page)).toContain('¥10,000.00');
    expect(await progress(page)).toBe(0);
    // The contract names its opportunity with a link (the next test follows it).
    await page.getByRole('link', { name: deal.opportunityName }).first().waitFor();

    // A payment plan of ¥6,000 due in a month.
    await page.getByTestId('plans-tab').click();
    await page.getByTestId('add-plan').click();
    await inputOf(page, 'plan-amount').fill('6000');
    // Enter in the last field confirms the day and saves the dialog.
    await fillDate(
      page,
      'plan-due-on',
      new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    );
    const plans = page.getByTestId('plans-table');
    await plans.getByText('¥6,000.00').waitFor();
    expect(await plans.innerText()).toContain('待回款');

    // Two payments against the plan: the balance and the progress follow.
    await page.getByRole('tab', { name: '回款记录' }).click();
    await recordPayment(page, '4000', true);
    await expect.poll(() => progress(page)).toBe(40);
    expect(await balanceText(page)).toContain('待回款 ¥6,000.00');
    await recordPayment(page, '3000', true);
    await expect.poll(() => progress(page)).toBe(70);
    expect(await balanceText(page)).toContain('待回款 ¥3,000.00');
    expect(await page.getByTestId('payments-table').locator('.ant-table-row').count()).toBe(2);

    // ¥5,000 is more than the ¥3,000 still owed: explained, then allowed on purpose.
    await recordPayment(page, '5000', false);
    const explanation = page.getByTestId('overpayment-explanation');
    await explanation.waitFor();
    expect(await explanation.innerText()).toContain('¥3,000.00');
    expect(await page.locator('.ant-form-item-explain-error').innerText()).toContain('¥3,000.00');
    await screenshot(page, 'payment-overpayment-zh-1366');
    await page.getByTestId('allow-overpayment').check();
    await submitDialog(page);
    await expect.poll(() => progress(page)).toBe(100);
    expect(await balanceText(page)).toContain('超额回款 ¥2,000.00');
    expect(await page.getByTestId('payments-table').locator('.ant-table-row').count()).toBe(3);
    await page.getByTestId('plans-tab').click();
    expect(await plans.innerText()).toContain('已回款');
    await screenshot(page, 'contract-detail-zh-1366');
    // The one refused overpayment is logged by the browser as a failed request; nothing else.
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
    ]);
  });

  it("opens the contract's opportunity and sees its stage history, which grows when it moves", async () => {
    const page = context.pages()[0];
    if (!page) throw new Error('no page');
    const errors = collectPageErrors(page);
    await page.getByRole('link', { name: deal.opportunityName }).first().click();
    await expect
      .poll(() => page.getByTestId('opportunity-heading').textContent())
      .toBe(deal.opportunityName);
    const rows = page.getByTestId('stage-history').locator('.ant-table-row');
    await rows.first().waitFor();
    const before = await rows.count();
    const header = await page.getByTestId('stage-history').locator('thead').innerText();
    expect(header).toContain('发生时间');
    expect(header).toContain('录入时间');

    await openPopup(page, page.getByTestId('move-opportunity'));
    await page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').first().click();
    await page.getByTestId('stage-change-dialog').waitFor();
    await submitDialog(page);
    await page.getByTestId('stage-change-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(before + 1);
    expect(await rows.first().innerText()).toContain('张伟');
    await screenshot(page, 'opportunity-detail-zh-1366');
    expect(errors).toEqual([]);
  });

  it('on a phone in English, then in both languages, the pages read right', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server, REP);

    const pages = [
      { name: 'contracts-list', path: '/contracts', ready: 'contracts-table' },
      { name: 'contract-detail', path: contractPath, ready: 'contract-balance' },
      {
        name: 'opportunity-detail',
        path: `/opportunities/${deal.opportunityId}`,
        ready: 'stage-history',
      },
      { name: 'payments-list', path: '/payments', ready: 'all-payments-table' },
    ];
    const visit = async (language: string, width: number) => {
      for (const { name, path, ready } of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByTestId(ready).locator('.ant-table-row, .ant-progress').first().waitFor();
        await screenshot(page, `${name}-${language}-${width}`);
      }
    };
    await visit('en', 390);
    expect(await balanceTextAt(page, server, contractPath)).toContain('Overpaid by ¥2,000.00');

    // The language switch changes the page's own words (the customers' names stay Chinese).
    await page.getByTestId('language-switch').getByText('中文').click();
    await expect.poll(() => balanceText(page)).toContain('回款进度');
    await visit('zh', 390);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => heading(page)).toBe('Payments');
    await visit('en', 1366);
    await page.goto(`${server.url}${contractPath}`);
    const english = await page.getByTestId('contract-balance').innerText();
    expect(english).toContain('Paid');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
  });
});

async function balanceTextAt(page: Page, server: AppServer, path: string): Promise<string> {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('contract-balance').waitFor();
  return balanceText(page);
}
