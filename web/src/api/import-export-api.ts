import { api, uploadFile, withQuery, type ItemOf, type ResponseOf } from './api-client';

export type ImportJob = ResponseOf<'/api/v1/imports/{id}', 'get'>;
export type ImportEntity = ImportJob['entity'];
export type DryRun = ResponseOf<'/api/v1/imports/{id}/dry-run', 'post'>;
export type ImportRowError = DryRun['errors'][number];
export type ImportSummary = ItemOf<'/api/v1/imports'>;
export type ImportList = ResponseOf<'/api/v1/imports', 'get'>;
export type UploadedImport = ResponseOf<'/api/v1/imports/{entity}', 'post'>;

/** Uploads a file to import; mapping, dry run and commit follow. */
export const uploadImport = (entity: ImportEntity, file: File, source?: string) =>
  uploadFile<'/api/v1/imports/{entity}'>(
    withQuery(`/api/v1/imports/${encodeURIComponent(entity)}`, { fileName: file.name, source }),
    file,
  );

/** Your recent imports, and the kinds of record a file can be imported into. */
export const listImports = () => api.get('/api/v1/imports');
export const getImport = (id: string) => api.get('/api/v1/imports/{id}', { path: { id } });
export const setImportMapping = (
  id: string,
  columns: Record<string, string | null>,
  save: boolean,
) => api.put('/api/v1/imports/{id}/mapping', { path: { id }, body: { columns, save } });
export const dryRunImport = (id: string) =>
  api.post('/api/v1/imports/{id}/dry-run', { path: { id } });
export const commitImport = (id: string) =>
  api.post('/api/v1/imports/{id}/commit', { path: { id } });
/** The error report's address, worded in `language` (a plain link: the browser downloads it). */
export const importErrorReportUrl = (id: string, language: 'en' | 'zh-CN') =>
  withQuery(`/api/v1/imports/${encodeURIComponent(id)}/errors.csv`, { language });
