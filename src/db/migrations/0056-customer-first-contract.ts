import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import {
  createCustomerFirstContractTriggers,
  refreshCustomerFirstContract,
} from '../customer-first-contract.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * repurchase_rate without a contract lookup for every customer someone owns: the signing day of a
 * customer's earliest contract is stored on it (kept by triggers on contracts:
 * customer-first-contract.ts), and an index of only the customers that have one, by owner, carries
 * what the metric reads of them.
 */
export const customerFirstContract: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    await db.schema
      .alterTable('customers')
      .addColumn('first_contract_on', columnTypes(dialect).date)
      .execute();
    await refreshCustomerFirstContract(db);
    await createCustomerFirstContractTriggers(db, dialect);
    await db.schema
      .createIndex('customers_owner_first_contract_idx')
      .on('customers')
      .columns(['owner_id', 'first_contract_on', 'owner_since', 'deleted_at', 'created_at', 'id'])
      .where(sql.ref('first_contract_on'), 'is not', null)
      .execute();
    await sql`analyze customers`.execute(db);
  },
};
