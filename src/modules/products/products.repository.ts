import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page, type ListPage } from '../../db/page-of-query.js';
import type { ProductsTable } from '../../db/tables/crm.table.js';
import { lowerContains } from '../../db/text-search.js';

export type ProductRow = Selectable<ProductsTable>;

export type ProductFilter = { q?: string | undefined; active?: boolean | undefined };
export type ProductSort = {
  by: 'name' | 'code' | 'unitPriceCents' | 'createdAt' | 'updatedAt';
  order: 'asc' | 'desc';
};

export async function findProduct(executor: Executor, id: string): Promise<ProductRow | undefined> {
  return executor
    .selectFrom('products')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listProducts(
  executor: Executor,
  filter: ProductFilter,
  sort: ProductSort,
  page: Page,
): Promise<ListPage<ProductRow>> {
  let query = executor.selectFrom('products').where('deletedAt', 'is', null);
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) =>
      eb.or([lowerContains(eb.ref('name'), q), lowerContains(eb.ref('code'), q)]),
    );
  }
  if (filter.active !== undefined) query = query.where('active', '=', filter.active ? 1 : 0);
  return pageOfQuery(executor, query.selectAll().orderBy(sort.by, sort.order).orderBy('id'), page);
}

export async function insertProduct(
  executor: Executor,
  row: Insertable<ProductsTable>,
): Promise<void> {
  await executor.insertInto('products').values(row).execute();
}
