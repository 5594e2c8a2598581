import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../api/admin-settings-api';
import { LIST_OPERATORS, VALUELESS, operatorsFor } from './metric-form-values';
import type { FieldTypes } from './metric-form-values';
import { useFieldLabel } from './metric-labels';

type ConditionListProps = {
  /** Where the group sits in the form, e.g. ['definition', 'filter']. */
  path: string[];
  label: string;
  types: FieldTypes;
  testId: string;
};

/** A flat filter group: match all or any of a list of field–operator–value conditions. */
export function ConditionList({ path, label, types, testId }: ConditionListProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const fieldOptions = [...types.keys()].map((name) => ({ value: name, label: fieldLabel(name) }));

  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary">{t('adminSettings.customMetrics.match')}</Typography.Text>
        <Form.Item name={[...path, 'match']} noStyle>
          <Select
            size="small"
            style={{ width: 150 }}
            aria-label={t('adminSettings.customMetrics.match')}
            options={[
              { value: 'all', label: t('adminSettings.customMetrics.matchAll') },
              { value: 'any', label: t('adminSettings.customMetrics.matchAny') },
            ]}
          />
        </Form.Item>
      </Flex>
      <Form.List name={[...path, 'conditions']}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={4}>
            {rows.length === 0 && (
              <Typography.Text type="secondary">
                {t('adminSettings.customMetrics.noConditions')}
              </Typography.Text>
            )}
            {rows.map((row) => (
              <Flex key={row.key} gap={8} wrap align="start" data-testid={`${testId}-row`}>
                <Form.Item
                  name={[row.name, 'field']}
                  rules={[{ required: true }]}
                  style={{ width: 200, marginBottom: 8 }}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('adminSettings.customMetrics.field')}
                    aria-label={t('adminSettings.customMetrics.field')}
                    options={fieldOptions}
                    data-testid={`${testId}-field-${row.name}`}
                  />
                </Form.Item>
                <Form.Item
                  noStyle
                  shouldUpdate={(before, after) =>
                    JSON.stringify(pick(before, [...path, 'conditions', row.name])) !==
                    JSON.stringify(pick(after, [...path, 'conditions', row.name]))
                  }
                >
                  {(form) => {
                    const field: unknown = form.getFieldValue([
                      ...path,
                      'conditions',
                      row.name,
                      'field',
                    ]);
                    const operator: unknown = form.getFieldValue([
                      ...path,
                      'conditions',
                      row.name,
                      'operator',
                    ]);
                    const type = typeof field === 'string' ? types.get(field) : undefined;
                    return (
                      <>
                        <Form.Item
                          name={[row.name, 'operator']}
                          rules={[{ required: true }]}
                          style={{ width: 150, marginBottom: 8 }}
                        >
                          <Select
                            placeholder={t('adminSettings.customMetrics.operator')}
                            aria-label={t('adminSettings.customMetrics.operator')}
                            options={operatorsFor(type).map((op) => ({
                              value: op,
                              label: t(`adminSettings.customMetrics.operators.${op}`),
                            }))}
                            data-testid={`${testId}-operator-${row.name}`}
                          />
                        </Form.Item>
                        {!VALUELESS.some((op) => op === operator) && (
                          <Form.Item
                            name={[row.name, 'value']}
                            style={{ width: 220, marginBottom: 8 }}
                          >
                            <ValueInput
                              type={type}
                              list={LIST_OPERATORS.some((op) => op === operator)}
                              testId={`${testId}-value-${row.name}`}
                            />
                          </Form.Item>
                        )}
                      </>
                    );
                  }}
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('adminSettings.customMetrics.removeCondition')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ operator: 'eq' satisfies Operator })}
              data-testid={`${testId}-add`}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('adminSettings.customMetrics.addCondition')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Flex>
  );
}

/** The value at a name path of a plain object, for comparing one row before and after a change. */
function pick(values: unknown, path: (string | number)[]): unknown {
  let current: unknown = values;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

type ValueInputProps = {
  type: string | undefined;
  list: boolean;
  testId: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
};

/** The control for a condition's value: fitting the field's type, a tag list for "is one of". */
function ValueInput({ type, list, testId, value, onChange }: ValueInputProps) {
  const { t } = useTranslation();
  const common = { 'aria-label': t('adminSettings.customMetrics.value'), 'data-testid': testId };
  if (list)
    return (
      <Select
        {...common}
        mode="tags"
        open={false}
        suffixIcon={null}
        placeholder={t('adminSettings.customMetrics.valueHint')}
        value={Array.isArray(value) ? value : []}
        onChange={onChange}
      />
    );
  if (type === 'flag')
    return (
      <Select
        {...common}
        value={typeof value === 'number' ? value : undefined}
        onChange={onChange}
        options={[
          { value: 1, label: t('adminSettings.customMetrics.yes') },
          { value: 0, label: t('adminSettings.customMetrics.no') },
        ]}
      />
    );
  if (type === 'number' || type === 'money')
    return (
      <InputNumber<number>
        {...common}
        style={{ width: '100%' }}
        prefix={type === 'money' ? '¥' : undefined}
        value={typeof value === 'number' ? value : null}
        onChange={onChange}
      />
    );
  return (
    <Input
      {...common}
      placeholder={type === 'date' || type === 'timestamp' ? 'YYYY-MM-DD' : undefined}
      value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}
