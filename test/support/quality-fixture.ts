import type { TestApp } from './test-app.js';

export type FlagOut = {
  id: string;
  rule: string;
  entity: string;
  recordId: string;
  field: string | null;
  userId: string;
  detail: Record<string, unknown> | null;
  status: 'open' | 'cleared';
  clearedBy: string | null;
  clearedReason: string | null;
};

/** The flags on one record (all rules and statuses), read through the API as `as`. */
export async function flagsOn(app: TestApp, as: string, recordId: string): Promise<FlagOut[]> {
  const response = await app.request({
    method: 'GET',
    url: `/api/v1/quality/flags?recordId=${recordId}&pageSize=200`,
    as,
  });
  if (response.statusCode !== 200)
    throw new Error(`flags: ${response.statusCode} ${response.body}`);
  return (response.json() as { items: FlagOut[] }).items;
}

/** Open flags only, as "rule" or "rule:field" strings, sorted: easy to compare. */
export async function openRules(app: TestApp, as: string, recordId: string): Promise<string[]> {
  return (await flagsOn(app, as, recordId))
    .filter((f) => f.status === 'open')
    .map((f) => (f.field ? `${f.rule}:${f.field}` : f.rule))
    .sort();
}
