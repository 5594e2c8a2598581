import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import { launchBrowser, screenshot, shouldRunBrowser } from '../support/browser.js';
import { DEMO, openSignedIn, REP } from '../support/e2e-session.js';

/** Sets recognition settings as the demo admin, through the API. */
async function setRecognition(server: AppServer, settings: object): Promise<void> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `admin${DEMO}`, password: server.demoPassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const reply = await fetch(`${server.url}/api/v1/settings/recognition`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!reply.ok) throw new Error(`settings → ${reply.status} ${await reply.text()}`);
}

(shouldRunBrowser() ? describe : describe.skip)('recognition in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    server = await startAppServer();
    browser = await launchBrowser();
    // A board of one place: whoever is below the top sees only their own rank.
    await setRecognition(server, {
      leaderboardsEnabled: true,
      leaderboardSize: 1,
      awardMaxOpenFlags: 0,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a rep sees their badge and their own rank on a phone, but no bottom list', async () => {
    const { context, page, errors } = await openSignedIn(browser, server, REP, 'zh-CN', 390);
    await page.goto(`${server.url}/recognition`);
    const mine = page.getByTestId('my-badges');
    // The badges the server says the rep holds (the demo's published months and last night's
    // pass leave a seller some), each shown on the page by its Chinese name.
    const { user: me } = (await (
      await page.request.get(`${server.url}/api/v1/auth/me`)
    ).json()) as {
      user: { id: string };
    };
    const held = (
      (await (
        await page.request.get(`${server.url}/api/v1/recognition/grants?userId=${me.id}&limit=200`)
      ).json()) as { items: { kind: string; key: string; nameZh: string }[] }
    ).items.filter((grant) => grant.kind === 'badge');
    expect(held.length).toBeGreaterThan(0);
    for (const badge of held) {
      const shown = mine.getByTestId(`my-badge-${badge.key}`);
      // A generous wait: the first page of a freshly seeded demo can be slow on a busy machine.
      await shown.waitFor({ timeout: 90_000 });
      expect(await shown.innerText()).toContain(badge.nameZh);
    }

    const board = page.getByTestId('leaderboard').first();
    await board.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => board.getByTestId('my-rank').innerText())
      .toMatch(/^我的排名：第 \d+ 名（共 \d+ 人）$/);
    // Only the top place(s) are listed: every row is rank 1, nobody below it.
    const rows = board.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const count = await rows.count();
    for (let i = 0; i < count; i += 1)
      expect(await rows.nth(i).getAttribute('data-testid')).toBe('place-1');
    await screenshot(page, 'rep-recognition-zh-390');

    expect(errors).toEqual([]);
    await context.close();
  });
});
