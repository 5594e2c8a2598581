import type { Db } from '../../src/db/database.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Inserts an open opportunity (and a pipeline stage for it) straight into the database, for
 * suites that need one whatever the state of the opportunities module's API.
 */
export async function insertOpportunity(
  db: Db,
  fields: { customerId: string; ownerId: string; name?: string; amountCents?: number },
) {
  const now = new Date().toISOString();
  const stageId = newId();
  const id = newId();
  await db.kysely
    .insertInto('pipelineStages')
    .values({
      id: stageId,
      nameZh: '谈判',
      nameEn: 'Negotiate',
      sortOrder: 3,
      winProbability: 60,
      kind: 'open',
      active: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db.kysely
    .insertInto('opportunities')
    .values({
      id,
      customerId: fields.customerId,
      name: fields.name ?? 'Opportunity',
      amountCents: fields.amountCents ?? 100_000,
      currency: 'CNY',
      stageId,
      status: 'open',
      expectedCloseOn: null,
      closedAt: null,
      closeReason: null,
      ownerId: fields.ownerId,
      lastTouchedAt: null,
      createdBy: fields.ownerId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    })
    .execute();
  return { id, stageId };
}
