import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server.js';
import {
  collectPageErrors,
  launchBrowser,
  screenshot,
  shouldRunBrowser,
} from '../support/browser.js';
import {
  appShell,
  chooseOption,
  DEMO,
  inputOf,
  openPopup,
  signIn,
} from '../support/e2e-session.js';
import { setNow } from '../support/fixed-clock.js';

/** Wednesday 2 December 2026, 10:00 in Shanghai: the second working day of the month. */
const SECOND_WORKING_DAY = '2026-12-02T02:00:00.000Z';

/** A page whose clock and zone are the organisation's, signed in as a demo user. */
async function openAt(browser: Browser, server: AppServer, login: string) {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
  });
  await context.clock.install({ time: new Date(Date.now()) });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await signIn(page, server, `${login}${DEMO}`, appShell);
  return { context, page, errors };
}

async function shootBothWidths(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

type CycleRow = { id: string; name: string; status: string; version: number };

/**
 * The demo's December cycle, created by the administrator signed in on `page` if it is not there
 * yet, and moved on to self-review if it has not got that far: a cycle that is running.
 */
async function runningDecember(page: Page, server: AppServer): Promise<CycleRow> {
  const api = async (method: string, path: string, body?: unknown) => {
    const reply = await page.request.fetch(`${server.url}${path}`, {
      method,
      ...(body === undefined ? {} : { data: body }),
    });
    expect(reply.status(), `${method} ${path}`).toBeLessThan(300);
    return reply.json() as Promise<CycleRow>;
  };
  const listed = (await (await page.request.get(`${server.url}/api/v1/cycles`)).json()) as {
    items: CycleRow[];
  };
  let cycle =
    listed.items.find((c) => c.name === 'December 2026') ??
    (await api('POST', '/api/v1/cycles', {
      name: 'December 2026',
      kind: 'month',
      anchorDay: '2026-12-02',
    }));
  for (const [from, to] of [
    ['draft', 'open'],
    ['open', 'self_review'],
  ])
    if (cycle.status === from)
      cycle = await api('POST', `/api/v1/cycles/${cycle.id}/status`, {
        version: cycle.version,
        status: to,
      });
  return cycle;
}

(shouldRunBrowser() ? describe : describe.skip)('a period in progress, in Chromium', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    // The server (and the demo company it seeds up to today) runs on the second working day.
    setNow(SECOND_WORKING_DAY);
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the team’s live scorecards with paces and no grades yet', async () => {
    const { context, page, errors } = await openAt(browser, server, 'sales.director');
    await page.goto(`${server.url}/team`);
    const table = page.getByTestId('team-live');
    await table.getByTestId('grade-withheld').first().waitFor();
    expect(await table.getByTestId('grade').count()).toBe(0);
    expect(await table.getByTestId('grade-withheld').first().innerText()).toBe('No grade yet');
    await table.locator('[data-testid^="live-"]').first().click();
    // Counts and sums are judged against a target pro-rated to the two days gone, with a projection.
    await page.getByTestId('prorated-won_amount').waitFor();
    expect(await page.getByTestId('prorated-won_amount').innerText()).toMatch(/^so far: ¥/);
    expect(await page.getByTestId('pace-won_amount').innerText()).toMatch(/^on track for ¥/);
    await shootBothWidths(page, 'team-live-second-working-day');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a rep call an item of the running cycle unfair from their scorecard, with a comment', async () => {
    const admin = await openAt(browser, server, 'admin');
    const december = await runningDecember(admin.page, server);
    await admin.context.close();
    const { context, page, errors } = await openAt(browser, server, 'zhang.wei');
    await page.goto(`${server.url}/appraisal`);
    const card = page.getByTestId('item-feedback');
    await card.waitFor();
    await card.getByTestId('item-feedback-metric').click();
    await chooseOption(page, 'Win rate');
    await inputOf(page, 'item-unfair').check();
    await card.getByTestId('item-comment').fill('Two deals a month are too few to judge a rate.');
    await card.getByTestId('save-item-feedback').click();
    await page.getByText('Feedback saved').waitFor();
    // The item is marked in the list, and the vote is the rep's own for this cycle.
    await expect
      .poll(() => card.getByTestId('item-feedback-metric').innerText())
      .toContain('Win rate · Unfair');
    await shootBothWidths(page, 'item-feedback-running-cycle');
    const mine = await page.request.get(
      `${server.url}/api/v1/cycles/${december.id}/item-feedback/me`,
    );
    expect(((await mine.json()) as { items: unknown[] }).items).toEqual([
      expect.objectContaining({
        metric: 'win_rate',
        unfair: true,
        comment: 'Two deals a month are too few to judge a rate.',
      }),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns before freezing a cycle whose month has not ended', async () => {
    const { context, page, errors } = await openAt(browser, server, 'admin');
    await runningDecember(page, server);
    await page.goto(`${server.url}/team`);
    await page.getByRole('tab', { name: 'Cycle results' }).click();
    await page.getByTestId('team-cycle').click();
    await page.locator('.ant-select-dropdown:visible').getByText('December 2026').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await openPopup(page, page.getByTestId('move-to-manager_review'));
    const warning = page.getByTestId('early-review-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('The period runs until 2026-12-31');
    await screenshot(page, 'cycle-early-review-warning-1366');
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Freeze now' }).click();
    await expect
      .poll(() => page.getByTestId('cycle-status').first().innerText(), { timeout: 20_000 })
      .toBe('Manager review');
    expect(errors).toEqual([]);
    await context.close();
  });
});
