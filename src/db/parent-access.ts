import type { ExpressionBuilder } from 'kysely';
import type { Database } from './database.js';
import {
  contractVisibleTo,
  opportunityVisibleTo,
  planVisibleTo,
  ticketVisibleTo,
  type RecordViewer as Viewer,
} from './record-visibility.js';
import { ownerScopeCondition } from './scope-filter.js';

/**
 * Implicit parent access, as a WHERE condition on `customers`: the customer of a live
 * opportunity, contract, ticket or follow-up plan the viewer may see, each judged by its own
 * visibility rule (`record-visibility.ts`). Payment plans and payments are exactly as visible as their
 * contract, so the contract stands for them. It grants reading the customer, never changing it.
 */
export function parentOfVisibleRecord(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'customers'>) =>
    eb.or([
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('opportunities')
          .select('opportunities.customerId')
          .where('opportunities.deletedAt', 'is', null)
          .where(opportunityVisibleTo(viewer)),
      ),
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('contracts')
          .select('contracts.customerId')
          .where('contracts.deletedAt', 'is', null)
          .where(contractVisibleTo(viewer.scope)),
      ),
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('tickets')
          .select('tickets.customerId')
          .where('tickets.customerId', 'is not', null)
          .where('tickets.deletedAt', 'is', null)
          .where(
            ticketVisibleTo({
              scope: viewer.scope,
              userId: viewer.userId,
              seesUnassigned: viewer.seesUnassignedTickets,
            }),
          ),
      ),
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('followUpPlans')
          .select('followUpPlans.customerId')
          .where('followUpPlans.customerId', 'is not', null)
          .where('followUpPlans.deletedAt', 'is', null)
          .where(planVisibleTo(viewer.scope)),
      ),
    ]);
}

/**
 * The `parentOfVisible` fact of a customer's access, 1 or 0. Implicit parent access applies to
 * owned customers (a pooled one is governed by the pool's own rule), and only adds something
 * outside the viewer's scope: elsewhere it is 0 without running the subqueries.
 */
export function parentOfVisibleFlag(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'customers'>) =>
    eb
      .case()
      .when(
        eb.or([
          eb('customers.ownerId', 'is', null),
          ownerScopeCondition('customers.owner_id', viewer.scope),
        ]),
      )
      .then(0)
      .when(parentOfVisibleRecord(viewer)(eb))
      .then(1)
      .else(0)
      .end();
}
