import type { Dialect } from './database.js';

/**
 * The few places where the two engines store a value differently. Everything else in a
 * migration is written once. See README "Database" for the portable shapes.
 */
export function columnTypes(dialect: Dialect) {
  const postgres = dialect === 'postgres';
  return {
    id: 'text',
    text: 'text',
    integer: 'integer',
    /** Integer cents; PostgreSQL needs 64 bits for large sums. */
    money: postgres ? 'bigint' : 'integer',
    /** 0/1 on both engines. */
    flag: postgres ? 'smallint' : 'integer',
    timestamp: postgres ? 'timestamptz' : 'text',
    date: postgres ? 'date' : 'text',
    json: 'text',
    /** Bytes: compressed documents. */
    binary: postgres ? 'bytea' : 'blob',
    /** A position that may pass 2^31 over the years (64 bits on PostgreSQL). */
    sequence: postgres ? 'bigint' : 'integer',
    real: postgres ? 'double precision' : 'real',
  } as const;
}

export type ColumnTypes = ReturnType<typeof columnTypes>;
