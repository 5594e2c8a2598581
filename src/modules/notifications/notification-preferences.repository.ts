import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { NotificationPreferencesTable } from '../../db/tables/notification.table.js';

export type PreferenceRow = Selectable<NotificationPreferencesTable>;

export async function findPreferences(
  executor: Executor,
  userIds: readonly string[],
): Promise<PreferenceRow[]> {
  if (userIds.length === 0) return [];
  const rows: PreferenceRow[] = [];
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += 500) {
    rows.push(
      ...(await executor
        .selectFrom('notificationPreferences')
        .selectAll()
        .where('userId', 'in', unique.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

export async function savePreferences(executor: Executor, row: PreferenceRow): Promise<void> {
  await executor
    .insertInto('notificationPreferences')
    .values(row)
    .onConflict((oc) =>
      oc.column('userId').doUpdateSet({
        mutedKinds: row.mutedKinds,
        channels: row.channels,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}
