import { sql, type AliasedRawBuilder } from 'kysely';
import type { Executor } from './database.js';

/**
 * The name of the user in `userIdColumn` (snake_case, e.g. `tickets.assignee_id`), or null:
 * everyone may read colleagues' names, so no scope applies.
 */
export function userNameOf<A extends string>(
  userIdColumn: string,
  alias: A,
): AliasedRawBuilder<string | null, A> {
  return sql<string | null>`(select u.name from users u where u.id = ${sql.ref(userIdColumn)})`.as(
    alias,
  );
}

/** Every user's name by id (colleagues' names are readable by all; an organisation has few users). */
export async function userNamesById(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('users').select(['id', 'name']).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
