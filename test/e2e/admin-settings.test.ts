import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, inputOf, openPopup, openSignedIn } from '../support/e2e-session.js';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** The admin settings pages: route, and the test id of the page's root. */
const PAGES = [
  ['roles', '/admin/roles', 'roles-page'],
  ['stages', '/admin/pipeline-stages', 'stages-page'],
  ['key-fields', '/admin/key-fields', 'key-fields-page'],
  ['targets', '/admin/targets', 'targets-page'],
  ['custom-metrics', '/admin/custom-metrics', 'custom-metrics-page'],
  ['cycles', '/admin/cycles', 'cycles-page'],
] as const;

/** Opens an antd Select and picks the option with this text. */
async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Chooses the person on the targets page and waits for their metrics. */
async function pickPerson(page: Page, name: string) {
  await page.getByTestId('target-person').click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.getByTestId('targets-table').locator('tbody tr').nth(3).waitFor();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

const signIn = (browser: Browser, server: AppServer, locale: string, width: number) =>
  openSignedIn(browser, server, `admin${DEMO}`, locale, width);

/** The page's own texts (title, intro, column titles, buttons), without data rows. */
async function chrome(page: Page, testId: string): Promise<string> {
  const root = page.getByTestId(testId);
  await root.locator('h4').waitFor();
  await page.waitForLoadState('networkidle');
  const parts = [
    await root.locator('h4').innerText(),
    await root.locator('.ant-typography-secondary').first().innerText(),
    ...(await root.locator('thead, label').allInnerTexts()),
    // Buttons of the page, not the records' names in the table rows (demo data is Chinese).
    ...(await root
      .locator('button')
      .evaluateAll((buttons) =>
        buttons.filter((b) => !b.closest('tbody')).map((b) => b.textContent ?? ''),
      )),
  ];
  return parts.join('\n');
}

/** Every settings change the admin makes, in English. */
async function adminFlow(page: Page) {
  // The admin menu lists the settings pages.
  await page.getByText('Administration').click();
  await page.getByTestId('nav-dataScopes').click();
  await page.getByTestId('roles-page').waitFor();

  // Roles and data scopes: sales now see their department tree; it sticks after a reload.
  await pick(page, 'scope-sales', 'Department and sub-departments');
  await page.getByTestId('confirm-scope').click();
  await expect.poll(() => page.getByText('Sales now sees').count()).toBe(1);
  await page.reload();
  await expect
    .poll(() => page.getByTestId('scope-sales').innerText())
    .toBe('Department and sub-departments');
  expect(await page.getByTestId('roles-page').innerText()).toContain(
    'Every record owned by someone in their department or any department below it.',
  );

  // Pipeline stages: add one after the others.
  await page.getByTestId('nav-pipelineStages').click();
  await page.getByTestId('create-stage').click();
  await page.getByTestId('stage-name-zh').fill('技术验证');
  await page.getByTestId('stage-name-en').fill('Technical proof');
  await inputOf(page, 'stage-probability').fill('70');
  await page.getByTestId('stage-name-en').press('Enter');
  const stages = page.getByTestId('stages-table');
  await expect.poll(() => stages.innerText()).toContain('Technical proof');
  expect(await stages.locator('tbody tr').last().innerText()).toContain('70%');

  // Appraisal settings: email counts too, level no longer; grades from the fifth working day.
  await page.getByTestId('nav-keyFields').click();
  await page.getByTestId('key-field-email').click();
  await page.getByTestId('key-field-level').click();
  await inputOf(page, 'grade-after-working-days').fill('5');
  await page.getByTestId('save-key-fields').click();
  await expect.poll(() => page.getByText('The appraisal settings were saved.').count()).toBe(1);
  await page.reload();
  await expect.poll(() => inputOf(page, 'key-field-email').isChecked()).toBe(true);
  expect(await inputOf(page, 'key-field-level').isChecked()).toBe(false);
  expect(await inputOf(page, 'grade-after-working-days').inputValue()).toBe('5');

  // Per-user target: Zhang Wei's key-customer coverage this month, entered as a percentage.
  await page.getByTestId('nav-targets').click();
  await pickPerson(page, 'Zhang Wei');
  await inputOf(page, 'target-input-follow_up_coverage').fill('85');
  await page.getByTestId('target-save-follow_up_coverage').click();
  const targets = page.getByTestId('targets-table');
  await expect
    .poll(() => page.getByText('Target for Key-customer follow-up coverage set to 85%').count())
    .toBe(1);
  await expect.poll(() => targets.innerText()).toContain('85%');
  // The metrics of his sales scorecard come first, with their template targets.
  expect(await targets.innerText()).toContain('Template target:');

  // Custom metric: the server's "value required" lands on the value control, then it saves.
  await page.getByTestId('nav-customMetrics').click();
  await page.getByTestId('create-custom-metric').click();
  await page.getByTestId('metric-key').fill('visit_count');
  await page.getByTestId('metric-name-zh').fill('拜访次数');
  await page.getByTestId('metric-name-en').fill('Visits');
  await pick(page, 'metric-entity', 'Activities');
  await expect.poll(() => page.getByTestId('metric-owner-field').innerText()).toBe('Owner');
  await pick(page, 'metric-owner-field', 'Recorded by');
  await pick(page, 'metric-time-field', 'Happened at');
  await page.getByTestId('filter-add').click();
  await pick(page, 'filter-field-0', 'Type');
  await page.getByTestId('save-custom-metric').click();
  const valueItem = page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId('filter-value-0') });
  await expect
    .poll(() => valueItem.locator('.ant-form-item-explain-error').innerText())
    .toBe('A value is required for this operator.');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  await screenshot(page, 'admin-custom-metric-error-en');
  await page.getByTestId('filter-value-0').fill('visit');
  await page.getByTestId('save-custom-metric').click();
  const metrics = page.getByTestId('custom-metrics-table');
  await expect.poll(() => metrics.innerText()).toContain('visit_count');
  expect(await metrics.innerText()).toContain('Activities');

  // Cycles: create this month's cycle and open it.
  await page.getByTestId('nav-cycles').click();
  await page.getByTestId('create-cycle').click();
  await page.getByTestId('cycle-name').fill('E2E cycle');
  await page.getByTestId('cycle-name').press('Enter');
  const drawer = page.getByTestId('cycle-drawer');
  await openPopup(page, drawer.getByTestId('move-to-open'));
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() =>
      page
        .getByTestId('cycles-table')
        .locator('tr', { hasText: 'E2E cycle' })
        .getByTestId('cycle-status')
        .innerText(),
    )
    .toBe('Open');
  await expect.poll(() => drawer.getByTestId('move-to-self_review').count()).toBe(1);
  await screenshot(page, 'admin-cycle-steps-en');
}

(shouldRunBrowser() ? describe : describe.skip)('admin settings in Chromium', () => {
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

  it('an admin sets scopes, stages, key fields, a target, a custom metric and opens a cycle', async () => {
    const { context, page, errors } = await signIn(browser, server, 'en', 1366);
    try {
      await adminFlow(page);
    } catch (error) {
      await screenshot(page, 'admin-flow-failure');
      throw error;
    }
    // The one deliberately invalid save is logged by the browser as a failed request; nothing else.
    const BAD_REQUEST =
      'Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(errors).toEqual([BAD_REQUEST]);
    await context.close();
  });

  it('the language switch changes the texts of every settings page; screenshots in both languages', async () => {
    const { context, page, errors } = await signIn(browser, server, 'zh-CN', 1366);
    for (const [name, path, testId] of PAGES) {
      await page.goto(`${server.url}${path}`);
      if (name === 'targets') await pickPerson(page, 'Zhang Wei');
      const chinese = await chrome(page, testId);
      expect(chinese).toMatch(CJK);
      await screenshot(page, `admin-${name}-zh-1366`);
      await page.getByTestId('language-switch').getByText('English').click();
      await expect.poll(() => page.getByTestId(testId).locator('h4').innerText()).not.toMatch(CJK);
      const english = await chrome(page, testId);
      expect(english, `${name} in English`).not.toMatch(CJK);
      await screenshot(page, `admin-${name}-en-1366`);
      await page.getByTestId('language-switch').getByText('中文').click();
      await expect.poll(() => page.getByTestId(testId).locator('h4').innerText()).toMatch(CJK);
    }
    expect(errors).toEqual([]);
    await context.close();

    for (const locale of ['zh-CN', 'en']) {
      const phone = await signIn(browser, server, locale, 390);
      for (const [name, path, testId] of PAGES) {
        await phone.page.goto(`${server.url}${path}`);
        await phone.page.getByTestId(testId).locator('h4').waitFor();
        if (name === 'targets') await pickPerson(phone.page, 'Zhang Wei');
        await phone.page.waitForLoadState('networkidle');
        await screenshot(phone.page, `admin-${name}-${locale}-390`);
        if (name === 'custom-metrics') {
          // The editor of the metric made above, on a phone.
          await phone.page.getByTestId('edit-metric-visit_count').click();
          await phone.page.getByTestId('filter-value-0').waitFor();
          await phone.page.waitForTimeout(400);
          await screenshot(phone.page, `admin-custom-metric-editor-${locale}-390`);
          await phone.page.keyboard.press('Escape');
        }
      }
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    }
  });
});
