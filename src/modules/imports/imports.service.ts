import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import {
  applyOverride,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  matchColumns,
  missingRequired,
  type ColumnMapping,
} from '../../domain/import/column-matching.js';
import type { ImportEntity } from '../../domain/import/entity-fields.js';
import type { RowError } from '../../domain/import/import-errors.js';
import { ownerDirectory, type OwnerDirectory } from '../../domain/import/owner-match.js';
import { interpretRow, type InterpretedRow } from '../../domain/import/row-interpretation.js';
import { skipReason } from '../../domain/import/summary-rows.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, refusal } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { entityWriter } from './import-entity-writers.js';
import type { PreparedRow } from './import-writer-kit.js';
import * as repo from './imports.repository.js';
import { formatOfFileName, readSheetRows, type SheetRow } from './tabular-reader.js';

export const DEFAULT_BATCH_SIZE = 500;

/** A job the actor may see and work on: only their own imports. */
export async function loadJob(db: Db, actor: Actor, id: string): Promise<repo.ImportJobRow> {
  const job = await repo.findJob(db.kysely, id);
  if (!job || job.createdBy !== actor.id) throw notFound('import');
  return job;
}

export function jobMapping(job: repo.ImportJobRow): ColumnMapping {
  return JSON.parse(job.mapping) as ColumnMapping;
}

export function jobHeaders(job: repo.ImportJobRow): string[] {
  return JSON.parse(job.headers) as string[];
}

function importError(
  code: 'import_header_not_found' | 'import_required_column_missing',
  params: Record<string, string | number>,
  message: string,
) {
  return refusal('import_file_rejected', message, {}, [{ path: 'file', message, code, params }]);
}

async function firstRows(path: string, format: 'csv' | 'xlsx'): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readSheetRows(path, format)) {
    rows.push(row);
    if (rows.length >= HEADER_SEARCH_ROWS) break;
  }
  return rows;
}

export type NewImport = {
  entity: ImportEntity;
  fileName: string;
  filePath: string;
  source?: string | undefined;
};

/**
 * Registers an uploaded file: finds its header row (under any title or notice rows) and maps its
 * columns — the mapping saved for this source when there is one, else the automatic match.
 */
export async function createImport(db: Db, actor: Actor, input: NewImport) {
  const format = formatOfFileName(input.fileName);
  if (!format)
    throw refusal('import_file_rejected', 'Import a .csv or .xlsx file', {}, [
      { path: 'fileName', message: 'not a .csv or .xlsx file', code: 'import_format_unsupported' },
    ]);
  const rows = await firstRows(input.filePath, format);
  const headerIndex = findHeaderRow(
    input.entity,
    rows.map((r) => r.cells),
  );
  if (headerIndex === null)
    throw importError(
      'import_header_not_found',
      { rows: HEADER_SEARCH_ROWS },
      `No header row found in the first ${HEADER_SEARCH_ROWS} rows`,
    );
  const headerRow = rows[headerIndex] as SheetRow;
  const headers = headerRow.cells.map((c) => c.trim());
  const source = input.source?.trim() ?? '';
  const saved = await repo.findMapping(db.kysely, input.entity, source);
  const mapping = saved
    ? applyOverride(
        input.entity,
        headers,
        JSON.parse(saved.mapping) as Record<string, string | null>,
      )
    : matchColumns(input.entity, headers);
  const now = nowIso();
  const id = newId();
  await repo.insertJob(db.kysely, {
    id,
    entity: input.entity,
    source,
    fileName: input.fileName,
    filePath: input.filePath,
    format,
    status: 'uploaded',
    headerRow: headerRow.number,
    headers: JSON.stringify(headers),
    mapping: JSON.stringify(mapping),
    rowsTotal: null,
    rowsInvalid: null,
    rowsSkipped: null,
    failure: null,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  });
  const sample = rows.slice(headerIndex + 1, headerIndex + 6).map((r) => r.cells);
  return { job: await loadJob(db, actor, id), sample };
}

/** Maps columns by hand over the automatic match; `save` keeps it for the next file of the source. */
export async function setMapping(
  db: Db,
  actor: Actor,
  id: string,
  input: { columns: Record<string, string | null>; save: boolean },
) {
  const job = await loadJob(db, actor, id);
  if (job.status === 'committing' || job.status === 'done')
    throw refusal(
      'import_mapping_locked',
      'The import has started; its mapping no longer changes',
      {},
    );
  const entity = job.entity as ImportEntity;
  const mapping = applyOverride(entity, jobHeaders(job), input.columns);
  const now = nowIso();
  await inTransaction(db, async (trx) => {
    await repo.updateJob(trx, id, {
      mapping: JSON.stringify(mapping),
      status: 'uploaded',
      updatedAt: now,
    });
    if (input.save)
      await repo.saveMapping(trx, {
        id: newId(),
        entity,
        source: job.source,
        mapping: JSON.stringify(input.columns),
        updatedBy: actor.id,
        updatedAt: now,
      });
  });
  return loadJob(db, actor, id);
}

type RunContext = {
  db: Db;
  actor: Actor;
  job: repo.ImportJobRow;
  entity: ImportEntity;
  headers: string[];
  mapping: ColumnMapping;
  owners: OwnerDirectory;
  zone: string;
  now: string;
};

async function runContext(
  db: Db,
  actor: Actor,
  job: repo.ImportJobRow,
  zone: string,
): Promise<RunContext> {
  const entity = job.entity as ImportEntity;
  const mapping = jobMapping(job);
  const missing = missingRequired(entity, mapping);
  if (missing.length > 0)
    throw importError(
      'import_required_column_missing',
      { field: missing.join(', ') },
      `No column is mapped to: ${missing.join(', ')}`,
    );
  const owners = ownerDirectory(await repo.ownerCandidates(db.kysely, ownerScopeOf(actor)));
  return { db, actor, job, entity, headers: jobHeaders(job), mapping, owners, zone, now: nowIso() };
}

type Batch = { rows: InterpretedRow[]; skipped: number; lastRow: number };

/** The file's data rows after the header (and after `fromRow`), interpreted, in batches. */
async function* batches(context: RunContext, size: number, fromRow: number): AsyncGenerator<Batch> {
  const { job, entity, headers, mapping } = context;
  let batch: Batch = { rows: [], skipped: 0, lastRow: fromRow };
  let count = 0;
  for await (const sheetRow of readSheetRows(job.filePath, job.format)) {
    if (sheetRow.number <= (job.headerRow ?? 0) || sheetRow.number <= fromRow) continue;
    if (skipReason(sheetRow.cells)) batch.skipped += 1;
    else
      batch.rows.push(
        interpretRow(entity, headers, mapping, sheetRow.cells, sheetRow.number, {
          zone: context.zone,
          now: context.now,
          owners: context.owners,
        }),
      );
    batch.lastRow = sheetRow.number;
    count += 1;
    if (count >= size) {
      yield batch;
      batch = { rows: [], skipped: 0, lastRow: sheetRow.number };
      count = 0;
    }
  }
  if (count > 0) yield batch;
}

/** Rows with their references resolved; rows that fail it get their errors. */
async function prepare(context: RunContext, executor: Executor, rows: InterpretedRow[]) {
  const writer = entityWriter(context.entity);
  const columnOf = (field: string) => context.headers[context.mapping.indexOf(field)] ?? '';
  return writer.prepare(
    executor,
    { actor: context.actor, source: context.job.source, zone: context.zone, columnOf },
    rows,
  );
}

function errorRows(jobId: string, phase: 'dry_run' | 'commit', errors: readonly RowError[]) {
  return errors.map((e) => ({
    id: newId(),
    jobId,
    phase,
    rowNumber: e.row,
    columnName: e.column,
    code: e.code,
    params: JSON.stringify(e.params),
  }));
}

export type DryRunSummary = {
  rows: number;
  valid: number;
  invalid: number;
  skipped: number;
  existing: number;
};

/**
 * Reads the whole file and reports what a commit would do — rows valid, invalid (with their
 * errors, stored for the report), skipped (blank, totals, notes) and already imported — writing
 * no record.
 */
export async function dryRun(
  db: Db,
  actor: Actor,
  id: string,
  zone: string,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<DryRunSummary> {
  const job = await loadJob(db, actor, id);
  const context = await runContext(db, actor, job, zone);
  const summary: DryRunSummary = { rows: 0, valid: 0, invalid: 0, skipped: 0, existing: 0 };
  await repo.deleteErrors(db.kysely, id, 'dry_run');
  const seen = new Set<string>();
  for await (const batch of batches(context, batchSize, 0)) {
    summary.skipped += batch.skipped;
    summary.rows += batch.rows.length;
    const prepared = await prepare(context, db.kysely, batch.rows);
    const linked = await repo.linkedRecords(
      db.kysely,
      job.entity,
      job.source,
      prepared.map((p) => p.row.externalId),
    );
    const errors: RowError[] = [];
    for (const p of prepared) {
      if (p.errors.length > 0) {
        summary.invalid += 1;
        errors.push(...p.errors);
      } else if (linked.has(p.row.externalId) || seen.has(p.row.externalId)) summary.existing += 1;
      else {
        summary.valid += 1;
        seen.add(p.row.externalId);
      }
    }
    await repo.insertErrors(db.kysely, errorRows(id, 'dry_run', errors));
  }
  await repo.updateJob(db.kysely, id, {
    status: 'checked',
    rowsTotal: summary.rows,
    rowsInvalid: summary.invalid,
    rowsSkipped: summary.skipped,
    updatedAt: nowIso(),
  });
  return summary;
}

export type CommitOptions = {
  batchSize?: number;
  /** Called after each committed batch with the job as stored (progress bars; tests stop here). */
  afterBatch?: (job: repo.ImportJobRow) => void | Promise<void>;
};

/**
 * Imports the file's valid rows in batches, each batch one transaction with the job's progress,
 * so a commit that stops (a crash, a restart) continues after the last committed batch when run
 * again. A row whose external id was imported before is left as it is: importing a file twice
 * changes nothing. Invalid rows are skipped with their errors kept for the report.
 */
export async function commitImport(
  db: Db,
  actor: Actor,
  id: string,
  zone: string,
  options: CommitOptions = {},
): Promise<repo.ImportJobRow> {
  const job = await loadJob(db, actor, id);
  if (job.status === 'done') return job;
  const context = await runContext(db, actor, job, zone);
  const writer = entityWriter(context.entity);
  await repo.updateJob(db.kysely, id, { status: 'committing', failure: null, updatedAt: nowIso() });
  try {
    for await (const batch of batches(
      context,
      options.batchSize ?? DEFAULT_BATCH_SIZE,
      job.rowsDone,
    )) {
      await inTransaction(db, async (trx) => {
        const prepared = await prepare(context, trx, batch.rows);
        const valid = prepared.filter((p) => p.errors.length === 0);
        const linked = await repo.linkedRecords(
          trx,
          job.entity,
          job.source,
          valid.map((p) => p.row.externalId),
        );
        const fresh: PreparedRow[] = [];
        const seen = new Set<string>();
        for (const p of valid) {
          if (linked.has(p.row.externalId) || seen.has(p.row.externalId)) continue;
          seen.add(p.row.externalId);
          fresh.push(p);
        }
        const at = nowIso();
        const created = await writer.write(
          trx,
          { actor, source: job.source, at, zone, jobId: id },
          fresh,
        );
        await repo.insertLinks(
          trx,
          fresh.map((p, i) => ({
            entity: job.entity,
            source: job.source,
            externalId: p.row.externalId,
            recordId: created[i] ?? '',
            jobId: id,
            importedAt: at,
          })),
        );
        const failed = prepared.filter((p) => p.errors.length > 0);
        await repo.insertErrors(
          trx,
          errorRows(
            id,
            'commit',
            failed.flatMap((p) => p.errors),
          ),
        );
        const current = await repo.findJob(trx, id);
        if (!current) throw notFound('import');
        await repo.updateJob(trx, id, {
          rowsDone: batch.lastRow,
          rowsCreated: current.rowsCreated + fresh.length,
          rowsUnchanged: current.rowsUnchanged + (valid.length - fresh.length),
          rowsFailed: current.rowsFailed + failed.length,
          batchesDone: current.batchesDone + 1,
          updatedAt: at,
        });
      });
      const stored = await repo.findJob(db.kysely, id);
      if (stored && options.afterBatch) await options.afterBatch(stored);
    }
  } catch (error) {
    await repo.updateJob(db.kysely, id, {
      status: 'failed',
      failure: error instanceof Error ? error.message : String(error),
      updatedAt: nowIso(),
    });
    throw error;
  }
  const finishedAt = nowIso();
  await repo.updateJob(db.kysely, id, { status: 'done', finishedAt, updatedAt: finishedAt });
  return loadJob(db, actor, id);
}

export async function listImports(db: Db, actor: Actor) {
  return repo.listJobs(db.kysely, actor.id, 50);
}

/** The errors of the job's commit (or its dry run before any commit), in row order, page by page. */
export async function* jobErrors(db: Db, job: repo.ImportJobRow) {
  const phase = job.batchesDone > 0 ? 'commit' : 'dry_run';
  let after: { row: number; id: string } | undefined;
  for (;;) {
    const page = await repo.errorPage(db.kysely, job.id, phase, 1000, after);
    for (const row of page) yield row;
    const last = page.at(-1);
    if (!last || page.length < 1000) return;
    after = { row: last.rowNumber, id: last.id };
  }
}
