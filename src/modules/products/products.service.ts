import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, staleVersion } from '../../platform/errors/app-error.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import * as repo from './products.repository.js';
import type {
  CreateProductInput,
  ListProductsQuery,
  UpdateProductInput,
} from './products.schema.js';

export async function loadProduct(db: Db, id: string): Promise<repo.ProductRow> {
  const product = await repo.findProduct(db.kysely, id);
  if (!product) throw notFound('product');
  return product;
}

export function listProducts(db: Db, query: ListProductsQuery) {
  return repo.listProducts(
    db.kysely,
    { q: query.q, active: query.active },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
}

export async function createProduct(
  db: Db,
  actor: Actor,
  input: CreateProductInput,
): Promise<repo.ProductRow> {
  const now = nowIso();
  const id = newId();
  return inTransaction(db, async (trx) => {
    await repo.insertProduct(trx, {
      id,
      name: input.name,
      code: input.code ?? null,
      unitPriceCents: input.unitPriceCents,
      currency: input.currency,
      active: input.active ? 1 : 0,
      ...newRecordColumns(actor.id, now),
    });
    const stored = await recordCreated(trx, productRef(id), actor.id, repo.findProduct);
    return stored;
  });
}

const productRef = (id: string) => ({
  table: 'products' as const,
  entity: 'product',
  label: 'product' as const,
  id,
});

export async function updateProduct(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateProductInput,
): Promise<repo.ProductRow> {
  const before = await loadProduct(db, id);
  if (before.version !== input.version) throw staleVersion('product');
  const { version, active, ...fields } = input;
  const changes = {
    ...fields,
    ...(active !== undefined ? { active: active ? 1 : 0 } : {}),
    updatedAt: nowIso(),
  };
  return inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      productRef(id),
      { version, changes, actorId: actor.id, before },
      repo.findProduct,
    ),
  );
}

export async function deleteProduct(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const product = await loadProduct(db, id);
  await softDeleteWithHistory(db, productRef(id), {
    version,
    currentVersion: product.version,
    actorId: actor.id,
  });
}
