import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * `first_contract_on`: the signing day of a customer's earliest contract that is not deleted, null
 * when it has none — stored on the customer so that repurchase_rate finds the customers with a
 * contract before its period off an owner index of those customers alone, instead of looking up
 * the contracts of every customer someone owns (docs/METRICS.md). Triggers on contracts decide it
 * again for the customers a written contract belongs and belonged to, in the same transaction as
 * every write, whoever writes. Changing what the triggers do needs a migration that drops and
 * creates them again and decides every customer anew.
 */

/** Sets the column of the customers `where` picks (the table unaliased: `customers`). */
function decideCustomers(where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`update customers set
      first_contract_on = (select min(k.signed_on) from contracts k
        where k.customer_id = customers.id and k.deleted_at is null)
    ${where};`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  { name: 'contracts_customer_first_insert', table: 'contracts', event: 'insert', rows: ['new'] },
  {
    name: 'contracts_customer_first_update',
    table: 'contracts',
    event: 'update',
    watched: ['customer_id', 'signed_on', 'deleted_at'],
    rows: ['old', 'new'],
  },
  { name: 'contracts_customer_first_delete', table: 'contracts', event: 'delete', rows: ['old'] },
];

/**
 * Decides the column anew, in one statement, for every customer that has contracts or had (the
 * others keep none).
 */
export async function refreshCustomerFirstContract(db: QueryExecutorProvider): Promise<void> {
  await decideCustomers(
    sql`where id in (select k.customer_id from contracts k) or first_contract_on is not null`,
  ).execute(db);
}

/**
 * The triggers that keep the column (see above); `withCustomerFirstContractAfter` runs a bulk load
 * of contracts without them, then decides every customer in one statement.
 */
export const {
  create: createCustomerFirstContractTriggers,
  drop: dropCustomerFirstContractTriggers,
  settledAfter: withCustomerFirstContractAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger) => {
    const customers = trigger.rows.map((row) => sql.raw(`${row}.customer_id`));
    return decideCustomers(sql`where id in (${sql.join(customers)})`);
  },
  refreshCustomerFirstContract,
);
