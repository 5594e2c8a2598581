import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AppServer } from './app-server.js';
import { collectPageErrors } from './browser.js';

/** The demo users' mail domain: `zhang.wei${DEMO}`. */
export const DEMO = '@demo.yardstick.local';

/** The demo sales rep. */
export const REP = `zhang.wei${DEMO}`;

/** The app shell is up: the side menu on a desktop, its opener on a phone. */
export const appShell = (page: Page): Locator =>
  page.getByTestId('side-menu').or(page.getByTestId('open-menu')).first();

/**
 * Signs in on the login page with the demo password and waits until `ready` (by default the user
 * menu) is there.
 */
export async function signIn(
  page: Page,
  server: AppServer,
  email: string,
  ready: (page: Page) => Locator = (signedIn) => signedIn.getByTestId('user-menu'),
): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(server.demoPassword);
  await page.getByTestId('login-submit').click();
  await ready(page).waitFor();
}

/** A new context (locale, width × 768) with a page signed in as `email`, and its errors. */
export async function openSignedIn(
  browser: Browser,
  server: AppServer,
  email: string,
  locale: string,
  width = 1366,
) {
  const context = await browser.newContext({ locale, viewport: { width, height: 768 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await signIn(page, server, email, appShell);
  return { context, page, errors };
}

/** The primary (save) button of the dialog that is open now. */
export async function submitDialog(page: Page): Promise<void> {
  await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
}

/** How many antd menus, popovers and Select lists are still sliding or zooming in or out. */
const MOVING_POPUPS = `[...document.querySelectorAll('.ant-dropdown, .ant-popover, .ant-select-dropdown')]
  .filter((popup) => /-(appear|enter|leave)( |$)/.test(popup.className)).length`;

/** Waits until no popup moves, evaluated from the test (the app's CSP forbids the page to eval). */
const popupsSettled = (page: Page) => expect.poll(() => page.evaluate(MOVING_POPUPS)).toBe(0);

/**
 * Clicks `trigger` and waits until the menu or popconfirm it opens is there and has stopped
 * moving. A click on an item of a popup that still moves in can press and release on different
 * nodes, which the browser does not count as a click on the item, so its action never runs.
 */
export async function openPopup(page: Page, trigger: Locator): Promise<void> {
  await trigger.click();
  await page.locator('.ant-dropdown:visible, .ant-popover:visible').first().waitFor();
  await popupsSettled(page);
}

/** The input of an antd control that carries the test id on itself or on its wrapper. */
export const inputOf = (page: Page, testId: string): Locator =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/**
 * Clicks `option` in the open antd Select list once the list has stopped sliding in (a click on a
 * moving list can miss the option, as on a moving menu), then waits until every list has closed
 * (its leave animation included), so that no list covers the control the test uses next.
 */
export async function chooseOption(page: Page, option: string): Promise<void> {
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  await item.waitFor();
  await popupsSettled(page);
  await item.click();
  // Under load, search results that arrive just after the click can leave the list open over the
  // next control; Escape closes an open list (the select stops it there) without changing the choice.
  if ((await openLists(page, 5_000)) > 0) await page.keyboard.press('Escape');
  await listsClosed(page);
}

/** How many antd Select lists are open or still animating closed (evaluated in the page). */
const OPEN_LISTS = `[...document.querySelectorAll('.ant-select-dropdown')].filter(
  (list) =>
    !list.classList.contains('ant-select-dropdown-hidden') &&
    getComputedStyle(list).display !== 'none' &&
    list.getBoundingClientRect().height > 0,
).length`;

/**
 * Waits until no antd Select list is open or still animating closed. Polled from the test (an
 * evaluation is not subject to the app's CSP, which forbids the page to evaluate strings).
 */
export async function listsClosed(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(OPEN_LISTS)).toBe(0);
}

/** How many lists are still open after waiting up to `timeout` ms for all of them to close. */
async function openLists(page: Page, timeout: number): Promise<number> {
  const until = performance.now() + timeout;
  let open = await page.evaluate<number>(OPEN_LISTS);
  while (open > 0 && performance.now() < until) {
    await page.waitForTimeout(100);
    open = await page.evaluate<number>(OPEN_LISTS);
  }
  return open;
}
