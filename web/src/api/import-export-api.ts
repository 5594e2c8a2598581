import { request, withQuery } from './api-client';

export type ImportEntity = 'customer' | 'contact' | 'lead';

export type ImportJob = {
  id: string;
  entity: ImportEntity;
  source: string;
  fileName: string;
  status: 'uploaded' | 'checked' | 'committing' | 'done' | 'failed';
  headerRow: number | null;
  headers: string[];
  mapping: (string | null)[];
  fields: { key: string; required: boolean }[];
  missingRequired: string[];
  rowsTotal: number | null;
  rowsInvalid: number | null;
  rowsSkipped: number | null;
  rowsCreated: number;
  rowsUnchanged: number;
  rowsFailed: number;
  progress: number | null;
  failure: string | null;
};

export type ImportRowError = {
  row: number;
  column: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
};

export type DryRun = {
  rows: number;
  valid: number;
  invalid: number;
  skipped: number;
  existing: number;
  errors: ImportRowError[];
};

const jobPath = (id: string) => `/api/v1/imports/${encodeURIComponent(id)}`;

/** The file goes as the raw body; the server streams it to disk. */
export async function uploadImport(entity: ImportEntity, file: File, source?: string) {
  const response = await fetch(
    withQuery(`/api/v1/imports/${entity}`, { fileName: file.name, source }),
    { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } },
  );
  if (!response.ok) throw new Error(`upload failed: ${response.status}`);
  return (await response.json()) as { job: ImportJob; sample: string[][] };
}

export const getImport = (id: string) => request<ImportJob>('GET', jobPath(id));
export const setImportMapping = (
  id: string,
  columns: Record<string, string | null>,
  save: boolean,
) => request<ImportJob>('PUT', `${jobPath(id)}/mapping`, { columns, save });
export const dryRunImport = (id: string) => request<DryRun>('POST', `${jobPath(id)}/dry-run`);
export const commitImport = (id: string) => request<ImportJob>('POST', `${jobPath(id)}/commit`);
export const importErrorReportUrl = (id: string) => `${jobPath(id)}/errors.csv`;
