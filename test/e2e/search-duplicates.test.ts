import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { openSignedIn, REP, submitDialog } from '../support/e2e-session.js';

const ORIGINAL = '北京星河数据科技有限公司';
const DUPLICATE = '星河数据科技（北京）';
const PHONE = '+86 139 2468 1357';

/** Creates a customer from the customers list; with `duplicateOf`, the form names it first. */
async function createCustomer(
  page: Page,
  name: string,
  phone: string,
  duplicateOf?: { name: string; shot: string },
): Promise<void> {
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('create-customer').click();
  await page.getByTestId('customer-name').fill(name);
  await page.getByTestId('customer-phone').fill(phone);
  await submitDialog(page);
  if (duplicateOf) {
    const hints = page.getByTestId('duplicate-hints');
    await hints.waitFor();
    expect(await hints.innerText()).toContain(duplicateOf.name);
    await screenshot(page, duplicateOf.shot);
    await page.getByTestId('save-anyway').click();
  }
  await page.locator('.ant-modal-wrap').first().waitFor({ state: 'detached' });
}

/** Types into the header search (opened with `/`) and waits for a customer hit with `name`. */
async function searchFor(page: Page, q: string, name: string) {
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect
    .poll(() => page.evaluate('document.activeElement?.getAttribute("data-testid")'))
    .toBe('header-search');
  await page.keyboard.type(q);
  const hit = page.getByTestId('search-hit-customer').filter({ hasText: name });
  await hit.first().waitFor();
  return hit.first();
}

(shouldRunBrowser() ? describe : describe.skip)('search and duplicates in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // A fresh company for every test and every retry: a retry must not meet the customer that the
  // failed attempt saved, and neither test depends on the other's customers.
  beforeEach(async () => {
    server = await startAppServer();
  });
  afterEach(async () => {
    await server?.close();
  });

  it('finds a customer by part of its Chinese name, shows a duplicate before saving and merges it', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'zh-CN');
    await createCustomer(page, ORIGINAL, PHONE);

    const hit = await searchFor(page, '星河数据', ORIGINAL);
    await screenshot(page, 'search-zh-1366');
    await hit.click();
    await expect.poll(() => page.getByTestId('customer-title').innerText()).toBe(ORIGINAL);
    const originalUrl = page.url();

    // The same phone written another way: shown before saving, saved anyway.
    await createCustomer(page, DUPLICATE, '139-2468-1357', {
      name: ORIGINAL,
      shot: 'duplicate-zh-1366',
    });

    // Merge the duplicate into the original from the original's page.
    await page.goto(originalUrl);
    await page.getByTestId('customer-merge').click();
    await page.getByTestId('merge-duplicate').locator('.ant-select').click();
    await page.keyboard.type('星河数据科技');
    await page.locator('.ant-select-item-option').filter({ hasText: DUPLICATE }).click();
    await screenshot(page, 'merge-zh-1366');
    await submitDialog(page);
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'detached' });
    await page.getByTestId('customer-title').waitFor();

    // Only the original is left to find.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await page.keyboard.type('星河数据');
    await page.getByTestId('search-hit-customer').first().waitFor();
    const names = await page.getByTestId('search-hit-customer').allInnerTexts();
    expect(names.some((n) => n.includes(ORIGINAL))).toBe(true);
    expect(names.some((n) => n.includes(DUPLICATE))).toBe(false);

    expect(errors).toEqual([]);
    await context.close();
    // Two saves, a search and a merge: about 35 s on a machine busy with other suites.
  });

  it('searches by phone in another format and shows duplicates at phone width in English', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'en', 390);
    const created = await page.request.post(`${server.url}/api/v1/customers`, {
      data: { name: ORIGINAL, phone: PHONE },
    });
    expect(created.status()).toBe(201);
    await searchFor(page, '13924681357', ORIGINAL);
    await screenshot(page, 'search-en-390');
    await page.keyboard.press('Escape');

    await page.getByTestId('open-menu').click();
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('create-customer').click();
    await page.getByTestId('customer-name').fill('Xinghe Data Beijing');
    await page.getByTestId('customer-phone').fill('139 2468 1357');
    await submitDialog(page);
    await page.getByTestId('duplicate-hints').waitFor();
    expect(await page.getByTestId('duplicate-hints').innerText()).toContain(
      'Open the existing one',
    );
    await screenshot(page, 'duplicate-en-390');
    await page.locator('[data-testid^="open-duplicate-"]').first().click();
    await expect.poll(() => page.getByTestId('customer-title').innerText()).toBe(ORIGINAL);

    expect(errors).toEqual([]);
    await context.close();
  });
});
