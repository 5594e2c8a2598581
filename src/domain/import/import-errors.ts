/**
 * What can be wrong with one cell, one row or the whole file of an import, as stable codes with
 * the values needed to word them (the web app and the error report word them in the user's
 * language; see import-messages.ts).
 */
export const IMPORT_ERROR_CODES = [
  'import_header_not_found',
  'import_required_column_missing',
  'import_required_missing',
  'import_text_too_long',
  'import_choice_unknown',
  'import_date_invalid',
  'import_date_out_of_range',
  'import_date_in_future',
  'import_amount_invalid',
  'import_amount_negative',
  'import_amount_too_precise',
  'import_amount_too_large',
  'import_number_invalid',
  'import_email_invalid',
  'import_phone_scientific',
  'import_owner_unknown',
  'import_owner_ambiguous',
  'import_reference_unknown',
  'import_reference_ambiguous',
  'import_row_invalid',
  'import_close_day_missing',
  'import_closed_before_created',
  'import_contract_number_taken',
  'import_target_own',
  'import_target_outside_unit_range',
  'import_target_on_wrong_side_of_floor',
  'import_target_equals_floor',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportErrorParams = Record<string, string | number>;

/** One problem of one row: the file's row number (1-based, as a spreadsheet shows it) and column. */
export type RowError = {
  row: number;
  /** The column's header as written in the file; empty for a problem of the whole row. */
  column: string;
  code: ImportErrorCode;
  params: ImportErrorParams;
};

export type CellError = { code: ImportErrorCode; params: ImportErrorParams };
