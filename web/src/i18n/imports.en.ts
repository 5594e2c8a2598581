export const importsEn = {
  /** Import errors by code, worded from their params. */
  errors: {
    import_header_not_found: 'No header row found in the first {{rows}} rows',
    import_required_column_missing: 'No column is mapped to the required field "{{field}}"',
    import_required_missing: 'Required value is empty',
    import_text_too_long: 'Longer than {{max}} characters',
    import_choice_unknown: '"{{value}}" is not one of: {{allowed}}',
    import_date_invalid: '"{{value}}" is not a date (use 2024-03-05, 2024/3/5 or 2024年3月5日)',
    import_date_out_of_range: '"{{value}}" is outside the years {{min}}–{{max}}',
    import_date_in_future: '"{{value}}" is in the future',
    import_amount_invalid: '"{{value}}" is not an amount (use 12,000.50, ¥12000 or 1.2万)',
    import_amount_negative: '"{{value}}" is negative',
    import_amount_too_precise: '"{{value}}" has fractions of a cent',
    import_amount_too_large: '"{{value}}" is too large',
    import_number_invalid: '"{{value}}" is not a number',
    import_email_invalid: '"{{value}}" is not an e-mail address',
    import_phone_scientific:
      '"{{value}}" was turned into scientific notation by a spreadsheet; its digits are lost',
    import_owner_unknown: 'No active user named "{{value}}" (match by name, e-mail or phone)',
    import_owner_ambiguous: '{{count}} users match "{{value}}"; use their e-mail',
    import_reference_unknown: 'No {{target}} "{{value}}" found that you may use',
    import_reference_ambiguous:
      '{{count}} records match {{target}} "{{value}}"; use its number or id',
    import_row_invalid: 'The row could not be imported: {{reason}}',
    import_close_day_missing: 'A won or lost opportunity needs the day it closed',
    import_closed_before_created: 'Created at {{createdAt}}, after it closed on {{closedOn}}',
    import_contract_number_taken: 'Contract number "{{value}}" is already used',
    import_target_own: 'Nobody sets their own target',
    import_target_outside_unit_range: '{{value}} is not a possible value of {{metric}}',
    import_target_on_wrong_side_of_floor:
      '{{value}} is not better than the floor {{floor}} of {{metric}} in the person’s template',
    import_target_equals_floor: '{{value}} equals the floor of {{metric}} in the person’s template',
    import_format_unsupported: 'Import a .csv or .xlsx file',
    import_entity_unsupported: 'These records cannot be imported yet',
  },
  /** What a reference names, for {{target}}. */
  targets: {
    customer: 'customer',
    contract: 'contract',
    stage: 'pipeline stage',
  },
};
