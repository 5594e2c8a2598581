import { sql, type AliasedRawBuilder } from 'kysely';

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
