import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** The rows of an exported file (header row first), every cell as text, read back like a user would. */
export async function exportedRows(
  app: TestApp,
  as: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<string[][]> {
  const response = await app.request({ method: 'GET', url, as, headers });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 500)}`).toBe(200);
  if (url.includes('format=csv')) {
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body.startsWith('\ufeff')).toBe(true);
    return parse(response.body.slice(1), { relax_column_count: true }) as string[][];
  }
  expect(response.headers['content-type']).toMatch(/spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    // Empty cells are holes in `values`, which starts at column 1.
    const values = Array.from(row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(values.map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  const width = rows[0]?.length ?? 0;
  return rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]);
}
