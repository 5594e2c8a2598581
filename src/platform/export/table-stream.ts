import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { csvLine, UTF8_BOM, type Cell } from './csv.js';
import { loadExcelJs } from './load-exceljs.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A table's rows: read page by page (a list), or already at hand (a report). */
type Rows = AsyncIterable<readonly Cell[]> | Iterable<readonly Cell[]>;

/**
 * A table as a CSV or XLSX byte stream, written while its rows are read: the rows of a list come
 * from an async iterable (its pages), so a large export never sits in memory whole.
 */
export function tableStream(
  format: ExportFormat,
  headers: readonly string[],
  rows: Rows,
): Readable {
  return format === 'csv' ? csvStream(headers, rows) : xlsxStream(headers, rows);
}

function csvStream(headers: readonly string[], rows: Rows): Readable {
  async function* lines() {
    yield `${UTF8_BOM}${csvLine(headers)}`;
    for await (const row of rows) yield csvLine(row);
  }
  return Readable.from(lines());
}

function xlsxStream(headers: readonly string[], rows: Rows): Readable {
  const out = new PassThrough();
  async function write() {
    const { default: ExcelJS } = await loadExcelJs();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow([...headers]).commit();
    for await (const row of rows) {
      sheet.addRow([...row]).commit();
      // The zip writer does not wait for the reader; waiting here keeps memory bounded.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  }
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : undefined));
  return out;
}
