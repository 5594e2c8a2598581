/**
 * ExcelJS, loaded on the first XLSX read or written: it costs about 25 MB resident, and most of a
 * server's life passes without a spreadsheet.
 */
export const loadExcelJs = () => import('exceljs');
