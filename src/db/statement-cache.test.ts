import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  const sqlite = new SqliteDatabase(':memory:');
  sqlite.exec('create table t (n integer)');
  sqlite.exec('insert into t values (1), (2), (3)');

  it('hands out the same prepared statement for the same text, which runs with new parameters', () => {
    const db = withStatementCache(sqlite);
    const first = db.prepare('select n from t where n > ?');
    const again = db.prepare('select n from t where n > ?');
    expect(again).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(again.all([2])).toEqual([{ n: 3 }]);
  });

  it('prepares a statement of its own while the cached one is still being iterated', () => {
    const db = withStatementCache(sqlite);
    const text = 'select n from t order by n';
    const rows = db.prepare(text).iterate([]);
    expect(rows.next().value).toEqual({ n: 1 });
    const meanwhile = db.prepare(text);
    expect(meanwhile.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare(text)).not.toBe(meanwhile);
  });

  it('keeps the most recently used texts and lets the oldest go', () => {
    const db = withStatementCache(sqlite, 2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });
});
