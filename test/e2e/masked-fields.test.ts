import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, inputOf, openSignedIn, REP, submitDialog } from '../support/e2e-session.js';

const PHONE = '13812341234';

(shouldRunBrowser() ? describe : describe.skip)('masked fields in record forms in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let customerId: string;

  /** Signs in over the API and calls `path` with the session cookie. */
  const asUser = async (email: string) => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: server.demoPassword }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : null,
      });
      expect(response.status).toBeLessThan(300);
      return (await response.json()) as T;
    };
  };

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    // The rep's customer exists before the rules: a read-only phone cannot be given on creation.
    const rep = await asUser(REP);
    customerId = (
      await rep<{ id: string }>('POST', '/api/v1/customers', {
        name: 'Masked Freight',
        phone: PHONE,
      })
    ).id;
    const admin = await asUser(`admin${DEMO}`);
    await admin('PUT', '/api/v1/settings/field-access', {
      rules: [
        { role: 'sales', entity: 'customer', field: 'phone', mode: 'read_only', masked: true },
        { role: 'sales', entity: 'customer', field: 'source', mode: 'read_only', masked: false },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a masked phone read-only with Reveal, and saves the form without sending it back', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'en');
    page.setDefaultTimeout(40_000);
    await page.goto(`${server.url}/customers/${customerId}`);
    await page
      .locator('button', { hasText: /^Edit$/ })
      .first()
      .click();
    const phone = inputOf(page, 'phone-input');
    await phone.waitFor();
    expect(await phone.inputValue()).toBe('138****1234');
    expect(await phone.getAttribute('readonly')).not.toBeNull();
    // A read-only field is disabled.
    expect(await page.locator('#source').isDisabled()).toBe(true);
    await screenshot(page, 'masked-phone-en-1366');

    await page.getByTestId('phone-reveal').click();
    await expect.poll(() => phone.inputValue()).toBe(PHONE);
    // Still read-only: the rule says so.
    expect(await phone.getAttribute('readonly')).not.toBeNull();

    await page.getByTestId('customer-industry').fill('Logistics');
    await submitDialog(page);
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'detached' });

    const lead = await asUser(`east.lead${DEMO}`);
    const saved = await lead('GET', `/api/v1/customers/${customerId}`);
    expect(saved).toMatchObject({ industry: 'Logistics', phone: PHONE });
    const history = await lead<{ items: { action: string; field: string }[] }>(
      'GET',
      `/api/v1/customers/${customerId}/history?pageSize=50`,
    );
    expect(history.items.filter((h) => h.action === 'reveal')).toMatchObject([{ field: 'phone' }]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
