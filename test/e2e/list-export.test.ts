import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, shouldRunBrowser } from '../support/browser.js';
import { DEMO, openPopup, openSignedIn, REP } from '../support/e2e-session.js';

(shouldRunBrowser() ? describe : describe.skip)('list export in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the customers list as Excel with its visible columns, headers in Chinese', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'zh-CN');
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-table').locator('tbody tr.ant-table-row').first().waitFor();
    const headers = await page
      .getByTestId('customers-table')
      .locator('thead th.ant-table-cell')
      .allInnerTexts();
    const total = (await (
      await page.request.get(`${server.url}/api/v1/customers?pageSize=1`)
    ).json()) as {
      total: number;
    };

    const download = page.waitForEvent('download');
    await openPopup(page, page.getByTestId('export'));
    await page.getByTestId('export-xlsx').click();
    const file = await (await download).path();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const first = (sheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    expect(first).toEqual(headers.map((h) => h.trim()).filter((h) => h !== ''));
    expect(first[0]).toBe('客户名称');
    expect((sheet?.actualRowCount ?? 0) - 1).toBe(total.total);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("downloads a cycle's results from the team page: the people the manager sees, each by item", async () => {
    const { context, page, errors } = await openSignedIn(
      browser,
      server,
      `sales.director${DEMO}`,
      'en',
    );
    await page.getByTestId('nav-team').click();
    await page.getByRole('tab', { name: 'Cycle results' }).click();
    await page.getByTestId('export').click();
    const link = page.getByTestId('export-xlsx');
    const href = (await link.getAttribute('href')) ?? '';
    const cycleId = /\/api\/v1\/cycles\/([^/]+)\/results\/export/u.exec(href)?.[1];
    expect(cycleId, href).toBeTruthy();
    const results = (await (
      await page.request.get(`${server.url}/api/v1/cycles/${cycleId}/results?pageSize=200`)
    ).json()) as { total: number; items: { userName: string }[] };
    expect(results.total).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await link.click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    expect(header.slice(0, 2)).toEqual(['Cycle', 'Person']);
    // One row per person and item: every person of the team view, and nobody else.
    const people = new Set<string>();
    sheet?.eachRow((row, index) => {
      if (index > 1) people.add(String(row.getCell(2).value));
    });
    expect([...people].sort()).toEqual(results.items.map((r) => r.userName).sort());
    expect(errors).toEqual([]);
    await context.close();
  });
});
