/**
 * ExcelJS, loaded on the first XLSX read or written: imported alone it holds ~29 MB resident, and
 * most of a server's life passes without a spreadsheet.
 */
export const loadExcelJs = () => import('exceljs');
