export const importsZhCN = {
  /** Import errors by code, worded from their params. */
  errors: {
    import_header_not_found: '前 {{rows}} 行中找不到表头行',
    import_required_column_missing: '必填字段「{{field}}」没有对应的列',
    import_required_missing: '必填项为空',
    import_text_too_long: '超过 {{max}} 个字符',
    import_choice_unknown: '「{{value}}」不是可选值之一：{{allowed}}',
    import_date_invalid: '「{{value}}」不是日期（可用 2024-03-05、2024/3/5 或 2024年3月5日）',
    import_date_out_of_range: '「{{value}}」不在 {{min}}–{{max}} 年之间',
    import_date_in_future: '「{{value}}」是将来的时间',
    import_amount_invalid: '「{{value}}」不是金额（可用 12,000.50、¥12000 或 1.2万）',
    import_amount_negative: '「{{value}}」是负数',
    import_amount_too_precise: '「{{value}}」精确到了分以下',
    import_amount_too_large: '「{{value}}」金额过大',
    import_number_invalid: '「{{value}}」不是数字',
    import_email_invalid: '「{{value}}」不是电子邮箱地址',
    import_phone_scientific: '「{{value}}」被表格软件转成了科学计数法，号码已丢失',
    import_owner_unknown: '找不到名为「{{value}}」的在职用户（按姓名、邮箱或手机匹配）',
    import_owner_ambiguous: '有 {{count}} 个用户与「{{value}}」匹配，请填写邮箱',
    import_reference_unknown: '找不到您可使用的{{target}}「{{value}}」',
    import_reference_ambiguous: '有 {{count}} 条{{target}}与「{{value}}」匹配，请填写编号',
    import_row_invalid: '该行无法导入：{{reason}}',
    import_format_unsupported: '请导入 .csv 或 .xlsx 文件',
    import_entity_unsupported: '暂不支持导入此类记录',
  },
  /** What a reference names, for {{target}}. */
  targets: {
    customer: '客户',
    contract: '合同',
    stage: '商机阶段',
  },
};
