import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

type HistoryItem = {
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
};

/** Sends a request and checks its status, returning the parsed body. */
export async function call(
  app: TestApp,
  as: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  status: number,
  payload?: object,
) {
  const response = await app.request({ method, url, as, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.body ? response.json() : null;
}

export async function createCustomer(
  app: TestApp,
  as: string,
  payload: object,
): Promise<{ id: string; version: number }> {
  return call(app, as, 'POST', '/api/v1/customers', 201, payload);
}

/** The history of one record through its own history route. */
export async function historyOf(app: TestApp, as: string, path: string): Promise<HistoryItem[]> {
  return (await call(app, as, 'GET', `${path}/history?pageSize=200`, 200)).items;
}

/** The logged changes of one field, oldest first (the route lists newest first). */
export function changesOf(items: HistoryItem[], field: string) {
  return items
    .filter((h) => h.field === field)
    .reverse()
    .map((h) => [h.oldValue, h.newValue]);
}
