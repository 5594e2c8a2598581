import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, type TestContext } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser suites run. Under CI they must: a missing Chromium fails the run. Elsewhere
 * they are skipped with one line saying how to enable them.
 */
export function shouldRunBrowser(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI)
    throw new Error(`Chromium is required under CI but ${CHROMIUM_PATH} does not exist`);
  console.warn(
    `[skip] Browser suites skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );
  return false;
}

/** Where the traces of failed browser tests go (test-results/ is ignored by git). */
export const TRACE_DIR = 'test-results/traces';

/** Contexts of the browser launched by this test file, each recording a trace chunk per test. */
const traced = new Set<BrowserContext>();

/**
 * Whether the running test is a retry. Only a retry's contexts record a trace: recording
 * screenshots and DOM snapshots costs about a quarter of a browser test's time, and under CI a
 * failed test runs once more (locally: `npx vitest run --project e2e --retry 1 <file>`).
 */
let retrying = false;

const fileNameOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120);

beforeEach(({ task }: TestContext) => {
  retrying = (task.result?.retryCount ?? 0) > 0;
});

/**
 * After each test, every open traced context's chunk is saved if the test failed (open it with
 * `npx playwright-core show-trace test-results/traces/<file>.zip`) and dropped if it passed; the
 * next test records a new chunk.
 */
afterEach(async ({ task }: TestContext) => {
  retrying = false;
  const failed = task.result?.state === 'fail' || (task.result?.errors?.length ?? 0) > 0;
  let n = 0;
  for (const context of traced) {
    n += 1;
    const path = `${TRACE_DIR}/${fileNameOf(`${task.file.name}-${task.name}`)}-${n}.zip`;
    try {
      await context.tracing.stopChunk(failed ? { path } : {});
      await context.tracing.startChunk();
    } catch {
      traced.delete(context); // closed meanwhile
    }
  }
});

async function startTracing(context: BrowserContext): Promise<BrowserContext> {
  await context.tracing.start({ screenshots: true, snapshots: true, sources: false });
  await context.tracing.startChunk();
  traced.add(context);
  context.on('close', () => traced.delete(context));
  return context;
}

/**
 * Chromium for the browser suites. Every context a retried test opens records a Playwright trace,
 * kept only if the retry fails too (see `TRACE_DIR`).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    return retrying ? startTracing(context) : context;
  };
  return browser;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Fails a test on any console error or uncaught page error. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Screenshots go to test-results/ (ignored by git) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
