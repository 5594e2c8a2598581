import type { Db } from '../../db/database.js';
import { invalidField, ownerChangeRefused, type RecordKind } from '../errors/app-error.js';
import type { Actor } from '../policy/actor.js';
import { ownerScopeOf } from '../policy/data-scope.js';
import { isOwnerInScope } from '../../db/scope-filter.js';

/**
 * The owner a record is given: the actor when none is requested; someone else only when the
 * actor may assign (`mayAssign`, else 403 `owner_change_not_allowed` with `refusal` as the
 * English message) and that person is an active user
 * within the actor's scope.
 */
export async function assignableOwner(
  db: Db,
  actor: Actor,
  requested: string | undefined,
  mayAssign: boolean,
  record: RecordKind,
  refusal?: string,
): Promise<string> {
  if (requested === undefined || requested === actor.id) return actor.id;
  if (!mayAssign) throw ownerChangeRefused(record, refusal);
  if (!(await isOwnerInScope(db.kysely, requested, ownerScopeOf(actor)))) {
    throw invalidField(
      'ownerId',
      'owner_not_assignable',
      'owner must be an active user within your data scope',
    );
  }
  return requested;
}
