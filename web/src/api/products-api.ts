import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';

export type Product = ItemOf<'/api/v1/products'>;
export type NewProduct = BodyOf<'/api/v1/products', 'post'>;
export type ProductChanges = BodyOf<'/api/v1/products/{id}', 'patch'>;

export const listProducts = (query: QueryOf<'/api/v1/products', 'get'>) =>
  api.get('/api/v1/products', { query });

export const createProduct = (body: NewProduct) => api.post('/api/v1/products', { body });

export const updateProduct = (id: string, body: ProductChanges) =>
  api.patch('/api/v1/products/{id}', { path: { id }, body });
