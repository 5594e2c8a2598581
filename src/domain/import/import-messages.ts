import type { ImportErrorCode, ImportErrorParams } from './import-errors.js';

export type ImportLanguage = 'en' | 'zh-CN';

type Template = Readonly<Record<ImportErrorCode, string>>;

/** The error report's wording; the web app words the same codes from web/src/i18n. */
const MESSAGES: Readonly<Record<ImportLanguage, Template>> = {
  en: {
    import_header_not_found: 'No header row found in the first {rows} rows',
    import_required_column_missing: 'No column is mapped to the required field "{field}"',
    import_required_missing: 'Required value is empty',
    import_text_too_long: 'Longer than {max} characters',
    import_choice_unknown: '"{value}" is not one of: {allowed}',
    import_date_invalid: '"{value}" is not a date (use 2024-03-05, 2024/3/5 or 2024年3月5日)',
    import_date_out_of_range: '"{value}" is outside the years {min}–{max}',
    import_date_in_future: '"{value}" is in the future',
    import_amount_invalid: '"{value}" is not an amount (use 12,000.50, ¥12000 or 1.2万)',
    import_amount_negative: '"{value}" is negative',
    import_amount_too_precise: '"{value}" has fractions of a cent',
    import_amount_too_large: '"{value}" is too large',
    import_number_invalid: '"{value}" is not a number',
    import_email_invalid: '"{value}" is not an e-mail address',
    import_phone_scientific:
      '"{value}" was turned into scientific notation by a spreadsheet; its digits are lost',
    import_owner_unknown: 'No active user named "{value}" (match by name, e-mail or phone)',
    import_owner_ambiguous: '{count} users match "{value}"; use their e-mail',
    import_reference_unknown: 'No {target} "{value}" found that you may use',
    import_reference_ambiguous: '{count} records match {target} "{value}"; use its number or id',
    import_row_invalid: 'The row could not be imported: {reason}',
    import_close_day_missing: 'A won or lost opportunity needs the day it closed',
    import_closed_before_created: 'Created at {createdAt}, after it closed on {closedOn}',
    import_contract_number_taken: 'Contract number "{value}" is already used',
    import_target_own: 'Nobody sets their own target',
    import_target_outside_unit_range: '{value} is not a possible value of {metric}',
    import_target_on_wrong_side_of_floor:
      '{value} is not better than the floor {floor} of {metric} in the person’s template',
    import_target_equals_floor: '{value} equals the floor of {metric} in the person’s template',
  },
  'zh-CN': {
    import_header_not_found: '前 {rows} 行中找不到表头行',
    import_required_column_missing: '必填字段「{field}」没有对应的列',
    import_required_missing: '必填项为空',
    import_text_too_long: '超过 {max} 个字符',
    import_choice_unknown: '「{value}」不是可选值之一：{allowed}',
    import_date_invalid: '「{value}」不是日期（可用 2024-03-05、2024/3/5 或 2024年3月5日）',
    import_date_out_of_range: '「{value}」不在 {min}–{max} 年之间',
    import_date_in_future: '「{value}」是将来的时间',
    import_amount_invalid: '「{value}」不是金额（可用 12,000.50、¥12000 或 1.2万）',
    import_amount_negative: '「{value}」是负数',
    import_amount_too_precise: '「{value}」精确到了分以下',
    import_amount_too_large: '「{value}」金额过大',
    import_number_invalid: '「{value}」不是数字',
    import_email_invalid: '「{value}」不是电子邮箱地址',
    import_phone_scientific: '「{value}」被表格软件转成了科学计数法，号码已丢失',
    import_owner_unknown: '找不到名为「{value}」的在职用户（按姓名、邮箱或手机匹配）',
    import_owner_ambiguous: '有 {count} 个用户与「{value}」匹配，请填写邮箱',
    import_reference_unknown: '找不到您可使用的{target}「{value}」',
    import_reference_ambiguous: '有 {count} 条{target}与「{value}」匹配，请填写编号',
    import_row_invalid: '该行无法导入：{reason}',
    import_close_day_missing: '赢单或输单的商机需要填写成交日期',
    import_closed_before_created: '创建时间 {createdAt} 晚于成交日期 {closedOn}',
    import_contract_number_taken: '合同编号「{value}」已被使用',
    import_target_own: '不能为自己设定目标',
    import_target_outside_unit_range: '{value} 不是指标 {metric} 的可能取值',
    import_target_on_wrong_side_of_floor: '{value} 不优于该员工模板中 {metric} 的底线 {floor}',
    import_target_equals_floor: '{value} 等于该员工模板中 {metric} 的底线',
  },
};

const TARGETS: Readonly<Record<ImportLanguage, Record<string, string>>> = {
  en: { customer: 'customer', contract: 'contract', stage: 'pipeline stage' },
  'zh-CN': { customer: '客户', contract: '合同', stage: '商机阶段' },
};

/** One import error in words: the code's template with its params filled in. */
export function describeImportError(
  code: ImportErrorCode,
  params: ImportErrorParams,
  language: ImportLanguage,
): string {
  const template = MESSAGES[language][code];
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === 'target') return TARGETS[language][String(value)] ?? String(value);
    return String(value);
  });
}
