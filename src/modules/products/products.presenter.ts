import type { Actor } from '../../platform/policy/actor.js';
import { canWriteProducts } from './products.policy.js';
import type { ProductRow } from './products.repository.js';
import type { ProductOut } from './products.schema.js';

export function presentProduct(actor: Actor, product: ProductRow): ProductOut {
  return {
    id: product.id,
    name: product.name,
    code: product.code,
    unitPriceCents: product.unitPriceCents,
    currency: product.currency,
    active: product.active === 1,
    createdBy: product.createdBy,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    version: product.version,
    access: canWriteProducts(actor) ? 'write' : 'read',
  };
}
