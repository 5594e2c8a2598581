import { sql, type AliasedRawBuilder, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/database.js';
import { ownerScopeCondition, sharedWithCondition } from '../../db/scope-filter.js';
import type { Viewer } from './customers.repository.js';
import { parentOfVisibleRecord, reachableCustomerIds } from '../../db/parent-access.js';

/**
 * Who reads customers' names beside other records: the customer viewer, plus whether they work
 * with customers at all and may browse the public pool (the two role checks of reading one).
 */
export type CustomerNameViewer = Viewer & { readsCustomers: boolean; usesPool: boolean };

/**
 * Whether the viewer may read a customer, as a WHERE condition on `customers` — the same rule
 * as reading it (`accessToCustomer`): owner in scope, shared, pooled for a pool user, or the
 * parent of a record the viewer may see (implicit parent access).
 */
export function customerReadableBy(viewer: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'customers'>) => {
    const shared = sharedWithCondition('customers.id', 'customer', viewer.userId, viewer.now);
    if (viewer.parentAccess === 'union' && viewer.scope.kind !== 'all')
      return eb.and([
        reachableCustomerIds(viewer, viewer.usesPool),
        ...(viewer.usesPool ? [] : [eb.or([eb('customers.ownerId', 'is not', null), shared])]),
      ]);
    return eb.or([
      eb.and([
        eb('customers.ownerId', 'is not', null),
        eb.or([
          ownerScopeCondition('customers.owner_id', viewer.scope),
          parentOfVisibleRecord(viewer)(eb),
        ]),
      ]),
      shared,
      ...(viewer.usesPool ? [eb('customers.ownerId', 'is', null)] : []),
    ]);
  };
}

/**
 * The name of the customer in `customerIdColumn` (snake_case, e.g. `tickets.customer_id`) when
 * the viewer may read that customer, else null: a name is withheld, never a failed request.
 */
export function customerNameOf(
  viewer: CustomerNameViewer,
  customerIdColumn: string,
): (
  eb: ExpressionBuilder<Database, keyof Database>,
) => AliasedRawBuilder<string | null, 'customerName'> {
  return (eb) => {
    if (!viewer.readsCustomers) return sql<string | null>`null`.as('customerName');
    const name = eb
      .selectFrom('customers')
      .select('customers.name')
      .where('customers.id', '=', sql.ref<string>(customerIdColumn))
      .where('customers.deletedAt', 'is', null)
      .where((inner) =>
        customerReadableBy(viewer)(inner as ExpressionBuilder<Database, 'customers'>),
      );
    return sql<string | null>`(${name})`.as('customerName');
  };
}
