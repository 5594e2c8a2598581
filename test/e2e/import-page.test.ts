import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, openSignedIn } from '../support/e2e-session.js';
import { csvFile } from '../support/import-files.js';

/** A customer export as a Chinese CRM writes it: a title row, * markers, explained choices, totals. */
function customerExport(names: { first: string; second: string | null; third: string }) {
  return csvFile([
    ['客户列表（导出于 2026-06-30）', '', '', '', '', '', ''],
    ['*客户名称', '手机(*)', '客户行业', '客户级别', '负责人', '创建时间', '客户简介'],
    [
      names.first,
      '138 0013 8000',
      '软件',
      'A（重点客户）',
      `zhang.wei${DEMO}`,
      '2024/3/5 14:30',
      '年度框架采购',
    ],
    // The second row has no name in the broken file: a row error, not a record.
    [names.second ?? '', '13900139000', '贸易', 'B（普通客户）', '', '2024年3月6日', ''],
    [names.third, '13700137000', '物流', 'C', '', '2025-01-02', ''],
    ['合计', '', '', '', '', '', ''],
  ]);
}

/** Names no earlier attempt of this test (CI retries once) has imported. */
function uniqueNames(prefix: string) {
  const tag = randomUUID().slice(0, 6);
  return {
    file: `customers-${tag}`,
    first: `${prefix}星河科技${tag}`,
    second: `${prefix}远山贸易${tag}`,
    third: `${prefix}青松物流${tag}`,
  };
}

/** How long a state may take to show on a busy machine. */
const WAIT = { timeout: 30_000 };

const wizard = (page: Page) => page.getByTestId('import-wizard');

async function chooseFile(page: Page, testId: string, name: string, buffer: Buffer) {
  await page
    .getByTestId(testId)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** The customers named `name` the signed-in user sees (through the page's session). */
async function customersNamed(page: Page, server: AppServer, name: string) {
  const response = await page.request.get(
    `${server.url}/api/v1/customers?q=${encodeURIComponent(name)}&pageSize=50`,
  );
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as {
    items: { name: string; requirement: string | null }[];
  };
  // The search also finds similar names; only this one counts.
  return items.filter((customer) => customer.name === name);
}

/** Screenshots at the page's width and at the other one (desktop 1366, phone 390). */
async function bothWidths(page: Page, name: string, locale: string) {
  const width = page.viewportSize()?.width ?? 1366;
  const other = width === 1366 ? 390 : 1366;
  await screenshot(page, `import-${name}-${locale}-${width}`);
  await page.setViewportSize({ width: other, height: 768 });
  await atWidth(page, other);
  await screenshot(page, `import-${name}-${locale}-${other}`);
  await page.setViewportSize({ width, height: 768 });
  await atWidth(page, width);
}

/** The page has laid itself out for the width: the steps stack on a phone. */
async function atWidth(page: Page, width: number) {
  const vertical = wizard(page).locator('.ant-steps-vertical');
  await expect.poll(() => vertical.count(), WAIT).toBe(width < 768 ? 1 : 0);
}

/**
 * The whole import: upload the broken export, see the matched columns (one set by hand), the dry
 * run's row error and nothing written; upload the fixed file, a clean dry run, commit, progress to
 * done; the customers are in the list.
 */
async function importFlow(
  page: Page,
  server: AppServer,
  locale: 'zh-CN' | 'en',
  names: ReturnType<typeof uniqueNames>,
) {
  const words =
    locale === 'zh-CN'
      ? {
          customers: '客户',
          required: '必填项为空',
          leftOut: '不导入',
          requirement: '需求',
          done: '已完成',
        }
      : {
          customers: 'Customers',
          required: 'Required value is empty',
          leftOut: 'Not imported',
          requirement: 'Requirement',
          done: 'Done',
        };
  await page.getByTestId('import-page').locator('h4').waitFor();
  await expect
    .poll(() => page.getByTestId('import-entity').innerText(), WAIT)
    .toBe(words.customers);

  const broken = customerExport({ ...names, second: null });
  await chooseFile(page, 'import-upload', `${names.file}.csv`, broken);
  const mapping = page.getByTestId('import-mapping');
  await mapping.waitFor();
  // Headers under the title row, with * markers and (*), are matched on their words.
  const fieldOf = (column: number) =>
    page.getByTestId(`import-column-${column}`).getAttribute('data-field');
  expect(await Promise.all([0, 1, 2, 3, 4, 5, 6].map(fieldOf))).toEqual([
    'name',
    'phone',
    'industry',
    'level',
    'owner',
    'createdAt',
    '',
  ]);
  expect(await page.getByTestId('import-column-6').innerText()).toBe(words.leftOut);
  // 客户简介 is matched by hand.
  await page.getByTestId('import-column-6').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: words.requirement })
    .first()
    .click();
  await expect.poll(() => fieldOf(6), WAIT).toBe('requirement');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  await bothWidths(page, 'columns', locale);

  await page.getByTestId('import-check').click();
  const errors = page.getByTestId('import-errors');
  await errors.waitFor();
  expect(await page.getByTestId('import-count-invalid').innerText()).toContain('1');
  expect(await page.getByTestId('import-count-valid').innerText()).toContain('2');
  expect(await page.getByTestId('import-count-skipped').innerText()).toContain('1');
  const errorRows = await errors.locator('tbody tr').allInnerTexts();
  expect(errorRows).toHaveLength(1);
  // File row 4 (title, header, first customer above it), in its column, in the user's language.
  expect(errorRows[0]?.split('\t').map((cell) => cell.trim())).toEqual([
    '4',
    '*客户名称',
    words.required,
  ]);
  await bothWidths(page, 'dry-run-errors', locale);
  // The dry run wrote nothing.
  expect(await customersNamed(page, server, names.first)).toEqual([]);
  // The error report downloads in the page's language.
  const report = await page.request.get(
    `${server.url}${await wizard(page).getByTestId('import-error-report').getAttribute('href')}`,
  );
  expect((await report.text()).replace(/^\ufeff/u, '').split('\r\n')[1]).toContain(words.required);

  // Fix the file and upload it again: the same columns, checked at once.
  await chooseFile(page, 'import-reupload', `${names.file}-fixed.csv`, customerExport(names));
  await page.getByTestId('import-clean').waitFor();
  expect(await page.getByTestId('import-errors').count()).toBe(0);
  expect(await page.getByTestId('import-count-valid').innerText()).toContain('3');

  await page.getByTestId('import-commit').click();
  const step = page.getByTestId('import-commit-step');
  await expect.poll(() => step.getAttribute('data-status'), WAIT).toBe('done');
  await page.getByTestId('import-done').waitFor();
  expect(await page.getByTestId('import-progress').getAttribute('data-percent')).toBe('100');
  const history = page.getByTestId('import-history');
  await expect
    .poll(() => history.locator('tr', { hasText: `${names.file}-fixed.csv` }).innerText(), WAIT)
    .toContain(words.done);
  await bothWidths(page, 'done', locale);

  // The customers are in the list, with the column mapped by hand.
  await page.getByTestId('import-open-list').click();
  await page.getByTestId('customer-search').locator('input').fill(names.second);
  await page.getByTestId('customer-search').locator('input').press('Enter');
  await page.getByRole('link', { name: names.second }).waitFor();
  const [first] = await customersNamed(page, server, names.first);
  expect(first).toMatchObject({ name: names.first, requirement: '年度框架采购' });
  expect(await customersNamed(page, server, names.third)).toHaveLength(1);
}

(shouldRunBrowser() ? describe : describe.skip)('the import page in Chromium', () => {
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

  it('an admin imports a Chinese customer export: a row error and nothing written, then the fixed file is imported', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, `admin${DEMO}`, 'zh-CN');
    page.setDefaultTimeout(30_000);
    // The page is in the administration menu.
    await page.getByTestId('side-menu').getByText('系统管理').click();
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-page').waitFor();
    try {
      await importFlow(page, server, 'zh-CN', uniqueNames('甲'));
    } catch (error) {
      await screenshot(page, 'import-failure-zh');
      throw error;
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, in English, the same import reads its errors in English', async () => {
    const { context, page, errors } = await openSignedIn(
      browser,
      server,
      `admin${DEMO}`,
      'en',
      390,
    );
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/admin/import`);
    try {
      await importFlow(page, server, 'en', uniqueNames('乙'));
    } catch (error) {
      await screenshot(page, 'import-failure-en');
      throw error;
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
