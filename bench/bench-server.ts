// The real server as its own process for a bench over HTTP, and what the bench needs to talk to
// it: the seeded people of a role, signing them in, and requests with their session cookie.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDb } from '../src/db/engine.js';
import { DEMO_PASSWORD } from '../src/simulator/demo-organisation.js';

export type BenchServer = {
  base: string;
  process: ChildProcess;
  request: (
    method: string,
    path: string,
    cookie: string,
    body?: unknown,
  ) => Promise<{ status: number; text: string }>;
  /** The session cookie of a seeded user (every simulated account has the demo password). */
  login: (email: string) => Promise<string>;
  stop: () => void;
};

/** Active users with the role, by e-mail (at most `count`), read from the database directly. */
export async function seededPeople(
  url: string,
  role: string,
  count?: number,
): Promise<{ email: string; id: string }[]> {
  const db = await openDb({ url });
  try {
    let query = db.kysely
      .selectFrom('users')
      .innerJoin('userRoles', 'userRoles.userId', 'users.id')
      .select(['users.email', 'users.id'])
      .where('userRoles.role', '=', role)
      .where('users.active', '=', 1)
      .orderBy('users.email');
    if (count !== undefined) query = query.limit(count);
    return await query.execute();
  } finally {
    await db.close();
  }
}

type Spawned = { base: string; process: ChildProcess; stop: () => void };

/**
 * Runs `command` in `cwd` as its own process group on a free port (PORT), its clock starting at
 * `clock` ('YYYY-MM-DD HH:MM:SS' UTC) when given, and resolves once it answers /healthz.
 */
async function spawnServer(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  clock?: string,
): Promise<Spawned> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  // libfaketime (Debian's faketime) starts the server's wall clock at `clock` and lets it run.
  const [file, ...rest] = clock ? ['faketime', '-f', `@${clock}`, ...command] : command;
  const child = spawn(file ?? 'node', rest, {
    cwd,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(clock ? { TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      // ESRCH: the server has already exited (its own error is on standard error).
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  try {
    await waitForHealthz(base, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, process: child, stop };
}

/** The API bench's baseline (bench/bare-routes.ts) on the database of DATABASE_URL. */
export const startBareServer = (clock?: string): Promise<Spawned> =>
  spawnServer(['npx', 'tsx', 'bench/bare-routes.ts'], resolve('.'), {}, clock);

/**
 * Builds the server of the checkout given (so that an older commit can be measured the same way)
 * and starts it as it ships: its `npm start` command (`node … bin/yardstick.js serve`) with
 * `--no-demo` (jobs off); through tsx it held about 90 MB more at rest (the loader and its source
 * maps). Its clock starts at `clock` when given; resolves once it answers /healthz.
 */
export async function startBenchServer(checkout: string, clock?: string): Promise<BenchServer> {
  execSync('npm run --silent build:server', { cwd: resolve(checkout), stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(resolve(checkout, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const {
    base,
    process: server,
    stop,
  } = await spawnServer(
    [...manifest.scripts.start.split(' '), '--no-demo'],
    resolve(checkout),
    { LOG_LEVEL: 'warn', JOBS: 'off' },
    clock,
  );
  return {
    base,
    process: server,
    stop,
    request: (method, path, cookie, body) => requestOf(base)(method, path, cookie, body),
    async login(email) {
      const response = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
      return response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    },
  };
}

/** Requests to `base` with a cookie and a JSON body. */
export const requestOf =
  (base: string): BenchServer['request'] =>
  async (method, path, cookie, body) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

const PAGE_BYTES = Number(execSync('getconf PAGESIZE').toString().trim()) || 4096;
const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/**
 * The fields of /proc/<pid>/stat after the command name (state, ppid, pgrp, …) of every process
 * in a process group (Linux only).
 */
function groupStats(group: number): string[][] {
  const stats: string[][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) stats.push(fields);
    } catch {
      // the process ended meanwhile
    }
  }
  return stats;
}

/** The resident memory in MB of the biggest process of a process group (rss: the 24th field). */
export function largestRssMb(group: number): number {
  const pages = groupStats(group).map((fields) => Number(fields[21]));
  return (Math.max(0, ...pages) * PAGE_BYTES) / 1e6;
}

/** CPU seconds used so far by a process group (utime and stime: the 14th and 15th fields). */
export function groupCpuSeconds(group: number): number {
  const ticks = groupStats(group).map((fields) => Number(fields[11]) + Number(fields[12]));
  return ticks.reduce((a, b) => a + b, 0) / CLOCK_TICKS;
}

async function waitForHealthz(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** The p-th percentile of ascending values, nearest rank. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export type LoadResult = {
  /** Latencies in ms, ascending. */
  sorted: number[];
  seconds: number;
  errors: number;
  /** The first few failures, as status and body or the error. */
  errorsSeen: string[];
};

/**
 * Calls `operation` from `concurrency` loops for `seconds`; each call gets a running number and
 * answers whether it succeeded (or the failure's text).
 */
export async function runLoad(
  seconds: number,
  concurrency: number,
  operation: (n: number) => Promise<true | string>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorsSeen: string[] = [];
  let errors = 0;
  let counter = 0;
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const at = performance.now();
        let outcome: true | string;
        try {
          outcome = await operation(counter++);
        } catch (error) {
          outcome = String(error);
        }
        if (outcome !== true) {
          errors += 1;
          if (errorsSeen.length < 5) errorsSeen.push(outcome);
        }
        latencies.push(performance.now() - at);
      }
    }),
  );
  return {
    sorted: latencies.sort((a, b) => a - b),
    seconds: (Date.now() - started) / 1000,
    errors,
    errorsSeen,
  };
}
