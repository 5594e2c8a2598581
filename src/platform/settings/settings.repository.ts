import type { Executor } from '../../db/database.js';

export async function readSetting(executor: Executor, key: string): Promise<string | undefined> {
  const row = await executor
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

export async function writeSetting(executor: Executor, key: string, value: string): Promise<void> {
  await executor
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
