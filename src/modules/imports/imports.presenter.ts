import { missingRequired, type ColumnMapping } from '../../domain/import/column-matching.js';
import { fieldsOf, type ImportEntity } from '../../domain/import/entity-fields.js';
import type { ImportErrorCode, ImportErrorParams } from '../../domain/import/import-errors.js';
import { describeImportError, type ImportLanguage } from '../../domain/import/import-messages.js';
import type { ImportErrorRow, ImportJobRow } from './imports.repository.js';

export function presentJob(job: ImportJobRow) {
  const entity = job.entity as ImportEntity;
  const mapping = JSON.parse(job.mapping) as ColumnMapping;
  const dataRows = job.rowsTotal === null ? null : job.rowsTotal + (job.rowsSkipped ?? 0);
  const firstDataRow = (job.headerRow ?? 0) + 1;
  const progress =
    job.status === 'done'
      ? 1
      : dataRows === null || dataRows === 0
        ? null
        : Math.min(1, Math.max(0, job.rowsDone - firstDataRow + 1) / dataRows);
  return {
    id: job.id,
    entity,
    source: job.source,
    fileName: job.fileName,
    status: job.status,
    headerRow: job.headerRow,
    headers: JSON.parse(job.headers) as string[],
    mapping,
    fields: fieldsOf(entity).map((f) => ({ key: f.key, required: f.required === true })),
    missingRequired: missingRequired(entity, mapping),
    rowsTotal: job.rowsTotal,
    rowsInvalid: job.rowsInvalid,
    rowsSkipped: job.rowsSkipped,
    rowsDone: job.rowsDone,
    rowsCreated: job.rowsCreated,
    rowsUnchanged: job.rowsUnchanged,
    rowsFailed: job.rowsFailed,
    progress,
    failure: job.failure,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

export function presentError(error: ImportErrorRow, language: ImportLanguage) {
  const code = error.code as ImportErrorCode;
  const params = JSON.parse(error.params) as ImportErrorParams;
  return {
    row: error.rowNumber,
    column: error.columnName,
    code,
    params,
    message: describeImportError(code, params, language),
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading = + - @ would run as a formula when the report is opened in a spreadsheet (a
  // number such as -0.4 is only ever a number).
  const safe = typeof value === 'string' && /^[=+\-@]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
};

export function csvLine(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const REPORT_HEADERS: Record<ImportLanguage, string[]> = {
  en: ['Row', 'Column', 'Error', 'Code'],
  'zh-CN': ['行号', '列', '错误', '错误代码'],
};
