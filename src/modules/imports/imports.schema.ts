import { z } from 'zod';
import { IMPORT_ENTITIES } from '../../domain/import/entity-fields.js';
import { IMPORT_ERROR_CODES } from '../../domain/import/import-errors.js';

export const importEntityParams = z.object({ entity: z.enum(IMPORT_ENTITIES) });

export const uploadQuery = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** The system the file comes from: its saved mapping and the namespace of its external ids. */
  source: z.string().trim().max(100).optional(),
});

export const importJobOut = z.object({
  id: z.string(),
  entity: z.enum(IMPORT_ENTITIES),
  source: z.string(),
  fileName: z.string(),
  status: z.enum(['uploaded', 'checked', 'committing', 'done', 'failed']),
  headerRow: z.number().int().nullable(),
  headers: z.array(z.string()),
  /** Column index → field key, or null for a column left out. */
  mapping: z.array(z.string().nullable()),
  /** The fields of the entity, for choosing a mapping by hand. */
  fields: z.array(z.object({ key: z.string(), required: z.boolean() })),
  missingRequired: z.array(z.string()),
  rowsTotal: z.number().int().nullable(),
  rowsInvalid: z.number().int().nullable(),
  rowsSkipped: z.number().int().nullable(),
  /** The file row up to which the commit is done. */
  rowsDone: z.number().int(),
  rowsCreated: z.number().int(),
  rowsUnchanged: z.number().int(),
  rowsFailed: z.number().int(),
  /** Share of the data rows committed, 0..1 (null before a dry run counted them). */
  progress: z.number().nullable(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const uploadedOut = z.object({ job: importJobOut, sample: z.array(z.array(z.string())) });

export const mappingBody = z.object({
  /** Header text → field key, or null to leave the column out. */
  columns: z.record(z.string(), z.string().max(64).nullable()),
  save: z.boolean().default(false),
});

export const rowErrorOut = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.enum(IMPORT_ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The error in the request's language. */
  message: z.string(),
});

export const dryRunOut = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  skipped: z.number().int(),
  existing: z.number().int(),
  /** The first errors in row order; the whole list is the error report. */
  errors: z.array(rowErrorOut),
});

export const importListOut = z.object({
  items: z.array(importJobOut),
  /** The kinds of record a file can be imported into. */
  entities: z.array(z.enum(IMPORT_ENTITIES)),
});

export const errorReportQuery = z.object({
  language: z
    .enum(['en', 'zh-CN'])
    .optional()
    .describe('of the headers and messages; defaults to Accept-Language'),
});
