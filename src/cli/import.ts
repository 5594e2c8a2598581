import { resolve } from 'node:path';
import { openDb } from '../db/engine.js';
import type { ImportEntity } from '../domain/import/entity-fields.js';
import { describeImportError, type ImportLanguage } from '../domain/import/import-messages.js';
import type { ImportErrorCode } from '../domain/import/import-errors.js';
import { actorFor } from '../modules/auth/auth.service.js';
import { findUnfinishedJob, errorPage } from '../modules/imports/imports.repository.js';
import * as imports from '../modules/imports/imports.service.js';
import { presentJob } from '../modules/imports/imports.presenter.js';
import * as orgRepo from '../modules/org/org.repository.js';
import type { Config } from '../platform/config/config.js';
import { prepareDatabase } from '../app/prepare-database.js';

export type ImportCliOptions = {
  dryRun: boolean;
  as: string;
  source?: string | undefined;
  lang: ImportLanguage;
};

function progressLine(text: string) {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}\u001b[K`);
  else process.stderr.write(`${text}\n`);
}

/**
 * `yardstick import <entity> <file>`: the same import as the web app's, as the user `--as`. Run
 * again after a stop, it continues the unfinished import of the same file.
 */
export async function importFile(
  config: Config,
  entity: ImportEntity,
  file: string,
  options: ImportCliOptions,
): Promise<number> {
  const db = await openDb({ url: config.databaseUrl });
  try {
    await prepareDatabase(db);
    const user = await orgRepo.findUserByEmail(db.kysely, options.as);
    const actor = user ? await actorFor(db, user.id, 'session') : null;
    if (!actor) throw new Error(`no active user ${options.as}`);
    const filePath = resolve(file);
    const unfinished = await findUnfinishedJob(db.kysely, actor.id, entity, filePath);
    const job =
      unfinished && unfinished.rowsDone > 0
        ? unfinished
        : (
            await imports.createImport(db, actor, {
              entity,
              fileName: filePath,
              filePath,
              source: options.source,
            })
          ).job;
    const view = presentJob(job);
    console.log(
      `Header row ${view.headerRow}: ${view.headers.map((h, i) => `${h} → ${view.mapping[i] ?? '-'}`).join(', ')}`,
    );
    const summary = await imports.dryRun(db, actor, job.id, config.orgTimeZone);
    console.log(
      `${summary.rows} rows: ${summary.valid} to import, ${summary.existing} already imported, ${summary.invalid} with errors, ${summary.skipped} skipped`,
    );
    for (const error of await errorPage(db.kysely, job.id, 'dry_run', 50)) {
      const message = describeImportError(
        error.code as ImportErrorCode,
        JSON.parse(error.params),
        options.lang,
      );
      console.log(
        `  row ${error.rowNumber}${error.columnName ? `, ${error.columnName}` : ''}: ${message}`,
      );
    }
    if (options.dryRun) return summary.invalid > 0 ? 2 : 0;
    const total = summary.rows + summary.skipped;
    const done = await imports.commitImport(db, actor, job.id, config.orgTimeZone, {
      afterBatch: (stored) => {
        const p = presentJob(stored).progress ?? 0;
        progressLine(
          `Importing ${total} rows: ${Math.round(p * 100)}% (${stored.rowsCreated} created, ${stored.rowsUnchanged} unchanged, ${stored.rowsFailed} with errors)`,
        );
      },
    });
    progressLine(
      `Done: ${done.rowsCreated} created, ${done.rowsUnchanged} unchanged, ${done.rowsFailed} with errors.`,
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    return done.rowsFailed > 0 ? 2 : 0;
  } finally {
    await db.close();
  }
}
