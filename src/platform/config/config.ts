import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/yardstick.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  ORG_TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((zone) => isValidTimeZone(zone), 'not an IANA time zone, e.g. Asia/Shanghai'),
  SESSION_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  JOBS: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .refine(
      (value) => /^(true|false|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/.test(value),
      'true, false, or proxy addresses/CIDRs separated by commas',
    ),
  HSTS: z.enum(['auto', 'on', 'off']).default('auto'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
});

/**
 * Whose X-Forwarded-For to believe for the client address (the login throttle counts per
 * address): nobody's by default; `true` trusts any, or a list of proxy addresses and CIDRs.
 */
export type TrustProxy = boolean | string;

function parseTrustProxy(value: string): TrustProxy {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value.replace(/\s+/g, '');
}

export type Config = {
  databaseUrl: string;
  port: number;
  host: string;
  orgTimeZone: string;
  sessionSecret: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Where the built web app lives; defaults to dist/web beside the package. */
  webDist: string | undefined;
  /** Whether this process schedules the nightly jobs (they run once per day across processes anyway). */
  jobs: boolean;
  trustProxy: TrustProxy;
  /**
   * When to send Strict-Transport-Security: `auto` on requests that came over https (directly,
   * or through a trusted proxy's X-Forwarded-Proto), `on` always (TLS ends at a proxy that is
   * not trusted), `off` never.
   */
  hsts: 'auto' | 'on' | 'off';
  /** SQLite's `synchronous` setting: what survives a power loss (see README, Database). */
  sqliteSynchronous: 'normal' | 'full';
};

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads the configuration from the environment; a bad value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    orgTimeZone: e.ORG_TIMEZONE,
    sessionSecret: e.SESSION_SECRET,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    jobs: e.JOBS === 'on',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    hsts: e.HSTS,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
  };
}
