import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../platform/export/load-exceljs.js';

export type FileFormat = 'csv' | 'xlsx';

/** One row of a sheet: its number as a spreadsheet shows it (1-based) and its cells as text. */
export type SheetRow = { number: number; cells: string[] };

export function formatOfFileName(fileName: string): FileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

/**
 * Text from bytes in UTF-8 or, when the first bytes are not UTF-8, GB18030 (Excel in China saves
 * CSV in the local code page). Decoding streams: a character split between chunks is kept.
 */
function decoder(): Transform {
  let textDecoder: TextDecoder | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!textDecoder) {
        let encoding = 'utf-8';
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
        } catch {
          encoding = 'gb18030';
        }
        textDecoder = new TextDecoder(encoding);
      }
      done(null, textDecoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, textDecoder ? textDecoder.decode() : '');
    },
  });
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const file = createReadStream(path);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  const records = file.pipe(decoder()).pipe(parser);
  let number = 0;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells: record };
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores wall-clock time without a zone; exceljs hands it over as that time in UTC. */
function wallClock(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const { default: ExcelJS } = await loadExcelJs();
  const file = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield {
          number: row.number,
          cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue)),
        };
      }
      break; // the first sheet is the data; others (instructions, lists of choices) are not
    }
  } finally {
    file.destroy();
  }
}

/** The rows of the file's first sheet, read as a stream: memory does not grow with the file. */
export function readSheetRows(path: string, format: FileFormat): AsyncGenerator<SheetRow> {
  return format === 'csv' ? csvRows(path) : xlsxRows(path);
}
