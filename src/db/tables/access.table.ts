import type { Generated } from 'kysely';
import type { Timestamp } from './organisation.table.js';

export type SessionsTable = {
  /** SHA-256 of the session token: a stolen database does not yield usable cookies. */
  id: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
};

export type ApiTokensTable = {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  /** First characters of the token, shown in lists so that people can tell tokens apart. */
  prefix: string;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
  /** The token stops working at this time; null: until revoked. */
  expiresAt: Timestamp | null;
  /** 1: the token may only read (GET); 0: it may do what its user may. */
  readOnly: Generated<number>;
};

export type LoginAttemptsTable = {
  id: string;
  email: string;
  ip: string;
  succeeded: number;
  at: Timestamp;
};

export type SettingsTable = {
  key: string;
  value: string;
};
