// The real server as its own process for a bench over HTTP, and what the bench needs to talk to
// it: the seeded people of a role, signing them in, and requests with their session cookie.
import { spawn, type ChildProcess } from 'node:child_process';
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

/**
 * Starts `serve --no-demo` (jobs off) in the checkout given, so that an older commit can be
 * measured the same way, and resolves once it answers /healthz.
 */
export async function startBenchServer(checkout: string): Promise<BenchServer> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['tsx', 'src/cli/main.ts', 'serve', '--no-demo'], {
    cwd: resolve(checkout),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOBS: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitForHealthz(base);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    base,
    process: server,
    stop,
    async request(method, path, cookie, body) {
      const response = await fetch(base + path, {
        method,
        headers: {
          cookie,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
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

async function waitForHealthz(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
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
