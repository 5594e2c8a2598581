import type { Executor } from '../../db/database.js';
import { inScopeExpression, sharedAccessExpression } from '../../db/scope-filter.js';
import type { OwnershipPeriodsTable, RecordType } from '../../db/tables/crm.table.js';
import type { Viewer } from '../customers/customers.repository.js';

/** What access to a lead or an opportunity depends on, read straight from their tables. */
export type RecordFacts = {
  id: string;
  ownerId: string | null;
  customerId: string | null;
  inScope: number;
  sharedAccess: 'read' | 'write' | null;
};

/** A live lead with its owner and whether that owner is within the viewer's scope (leads have no collaborators). */
export async function findLeadFacts(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<RecordFacts | undefined> {
  return executor
    .selectFrom('leads')
    .select(['leads.id', 'leads.ownerId', 'leads.customerId'])
    .select((eb) => [
      inScopeExpression('leads.owner_id', viewer.scope).as('inScope'),
      eb.val(null).$castTo<null>().as('sharedAccess'),
    ])
    .where('leads.id', '=', id)
    .where('leads.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** A live opportunity with its customer, owner, scope and any unexpired share with the viewer. */
export async function findOpportunityFacts(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<RecordFacts | undefined> {
  return executor
    .selectFrom('opportunities')
    .select(['opportunities.id', 'opportunities.ownerId', 'opportunities.customerId'])
    .select([
      inScopeExpression('opportunities.owner_id', viewer.scope).as('inScope'),
      sharedAccessExpression('opportunities.id', 'opportunity', viewer.userId, viewer.now).as(
        'sharedAccess',
      ),
    ])
    .where('opportunities.id', '=', id)
    .where('opportunities.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** Who owned the record at `at`, from the ownership periods; undefined when no period covers it. */
export async function ownerAt(
  executor: Executor,
  recordType: RecordType,
  recordId: string,
  at: string,
): Promise<string | undefined> {
  const row = await executor
    .selectFrom('ownershipPeriods')
    .select('ownerId')
    .where('entity', '=', recordType satisfies OwnershipPeriodsTable['entity'])
    .where('recordId', '=', recordId)
    .where('startedAt', '<=', at)
    .where((eb) => eb.or([eb('endedAt', 'is', null), eb('endedAt', '>', at)]))
    .orderBy('startedAt', 'desc')
    .executeTakeFirst();
  return row?.ownerId;
}
