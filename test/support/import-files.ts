import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** A CSV as other CRMs export it: rows of cells, quoted where needed, UTF-8 with a BOM. */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  const quote = (cell: string) => (/[",\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);
  return Buffer.from(`\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** An XLSX workbook with one sheet of these rows (Date cells stay dates, numbers stay numbers). */
export async function xlsxFile(rows: readonly (readonly (string | number | Date | null)[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function upload(
  app: TestApp,
  as: string,
  entity: string,
  fileName: string,
  file: Buffer,
  status = 201,
  source?: string,
) {
  const query = new URLSearchParams({ fileName, ...(source ? { source } : {}) });
  const response = await app.request({
    method: 'POST',
    url: `/api/v1/imports/${entity}?${query.toString()}`,
    as,
    headers: { 'content-type': 'application/octet-stream' },
    payload: file,
  });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** Starts the commit and follows its progress until it is done; a failed import fails the test with its reason. */
export async function commitAndWait(app: TestApp, as: string, id: string) {
  const started = await app.request({ method: 'POST', url: `/api/v1/imports/${id}/commit`, as });
  expect(started.statusCode, started.body).toBe(202);
  for (let attempt = 0; attempt < 500; attempt++) {
    const job = (await app.request({ method: 'GET', url: `/api/v1/imports/${id}`, as })).json();
    if (job.status === 'failed') throw new Error(`the import failed: ${job.failure}`);
    if (job.status === 'done') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import did not finish');
}
