import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { writeHistory } from '../history/history.repository.js';
import type { Actor } from '../policy/actor.js';
import { readSetting, writeSetting } from './settings.repository.js';

/**
 * An organisation setting kept as one JSON document under `key`. Reading validates it and falls
 * back to `defaults` when it was never saved or no longer fits the schema; writing replaces it
 * and records the change in the history, in one transaction.
 */
export function jsonSetting<Schema extends z.ZodType<Record<string, unknown>>>(
  key: string,
  schema: Schema,
  defaults: z.output<Schema>,
) {
  type Value = z.output<Schema>;

  async function read(db: Db): Promise<Value> {
    const stored = await readSetting(db.kysely, key);
    if (!stored) return defaults;
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : defaults;
  }

  async function write(db: Db, actor: Actor, value: Value): Promise<Value> {
    const before = await read(db);
    await inTransaction(db, async (trx) => {
      await writeSetting(trx, key, JSON.stringify(value));
      await writeHistory(trx, {
        entity: 'settings',
        entityId: key,
        action: 'update',
        actorId: actor.id,
        before,
        after: value,
      });
    });
    return value;
  }

  return { read, write };
}
