import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import {
  collectPageErrors,
  launchBrowser,
  screenshot,
  shouldRunBrowser,
} from '../support/browser.js';

(shouldRunBrowser() ? describe : describe.skip)('web shell in Chromium', () => {
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

  it('logs the admin in, shows the layout, and switches every visible text between Chinese and English', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const response = await page.goto(server.url);
    // The app renders under the strict policy; any violation would be a console error below.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    await page.getByTestId('login-email').fill('admin@demo.yardstick.local');
    await page.getByTestId('login-password').fill(server.demoPassword);
    await page.getByTestId('login-submit').click();

    const menu = page.getByTestId('side-menu');
    await menu.waitFor();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toBe('客户');
    const chinese = await menu.innerText();
    await screenshot(page, 'workbench-zh');

    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toBe('Customers');
    const english = await menu.innerText();
    await screenshot(page, 'workbench-en');

    // Every line of the menu changed language, none was left behind.
    const chineseLines = chinese.split('\n').filter(Boolean);
    const englishLines = english.split('\n').filter(Boolean);
    expect(englishLines).toHaveLength(chineseLines.length);
    for (const line of englishLines) expect(chineseLines).not.toContain(line);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);

    // The choice survives a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toBe('Customers');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the API documentation under the same security policy', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    const response = await page.goto(`${server.url}/api/docs/`);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // Its scripts ran and fetched the OpenAPI document: the title and the operations show.
    await expect
      .poll(() => page.locator('.swagger-ui .info .title').textContent())
      .toMatch(/Yardstick API/);
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
