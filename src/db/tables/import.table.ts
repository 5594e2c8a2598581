import type { Generated } from 'kysely';
import type { Timestamp } from './organisation.table.js';

export type ImportJobStatus = 'uploaded' | 'checked' | 'committing' | 'done' | 'failed';

/** One uploaded file to import, its column mapping and how far its commit has come. */
export type ImportJobsTable = {
  id: string;
  entity: string;
  /** The system the file comes from (its saved mapping and the namespace of its external ids). */
  source: string;
  fileName: string;
  filePath: string;
  format: 'csv' | 'xlsx';
  status: ImportJobStatus;
  /** 1-based row number of the header row in the file, once found. */
  headerRow: number | null;
  /** JSON array of the header cells. */
  headers: string;
  /** JSON array: column index → field key or null. */
  mapping: string;
  rowsTotal: number | null;
  rowsInvalid: number | null;
  rowsSkipped: number | null;
  /** The file row number up to which the commit is done (0 before it starts). */
  rowsDone: Generated<number>;
  rowsCreated: Generated<number>;
  rowsUnchanged: Generated<number>;
  rowsFailed: Generated<number>;
  batchesDone: Generated<number>;
  failure: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  finishedAt: Timestamp | null;
};

export type ImportJobErrorsTable = {
  id: string;
  jobId: string;
  phase: 'dry_run' | 'commit';
  rowNumber: number;
  columnName: string;
  code: string;
  /** JSON object of the code's parameters. */
  params: string;
};

/** The record an imported row made, by the row's external id within its source. */
export type ImportLinksTable = {
  entity: string;
  source: string;
  externalId: string;
  recordId: string;
  jobId: string;
  importedAt: Timestamp;
};

export type ImportMappingsTable = {
  id: string;
  entity: string;
  source: string;
  /** JSON object: header text → field key or null. */
  mapping: string;
  updatedBy: string | null;
  updatedAt: Timestamp;
};
