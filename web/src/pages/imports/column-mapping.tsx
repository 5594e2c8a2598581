import { Alert, Button, Checkbox, Flex, Grid, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/import-export-api';
import { useFieldLabel } from './import-labels';
import { assignColumn, missingFields, type Mapping } from './mapping-draft';

type ColumnRow = { index: number; header: string; sample: string };

type ColumnMappingProps = {
  job: ImportJob;
  /** The first data rows of the file (none when an earlier upload is opened again). */
  sample: readonly (readonly string[])[];
  checking: boolean;
  onCheck: (mapping: Mapping, save: boolean) => void;
  onBack: () => void;
};

/**
 * The columns of the file and the field each fills: matched from their headers, each one open to
 * a choice by hand. The rows are checked with the mapping as it is shown.
 */
export function ColumnMapping({ job, sample, checking, onCheck, onBack }: ColumnMappingProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const [mapping, setMapping] = useState<Mapping>(job.mapping);
  const [save, setSave] = useState(false);
  const missing = missingFields(job.fields, mapping);

  const rows: ColumnRow[] = job.headers.flatMap((header, index) =>
    header === ''
      ? []
      : [{ index, header, sample: sample.map((r) => r[index] ?? '').find((v) => v !== '') ?? '' }],
  );
  const options = [
    { value: '', label: t('imports.page.leaveOut') },
    ...job.fields.map((field) => ({
      value: field.key,
      label: field.required
        ? `${fieldLabel(job.entity, field.key)} (${t('imports.page.required')})`
        : fieldLabel(job.entity, field.key),
    })),
  ];

  const fieldSelect = (row: ColumnRow) => {
    const field = mapping[row.index] ?? null;
    return (
      <Select<string>
        value={field ?? ''}
        onChange={(value) => setMapping((m) => assignColumn(m, row.index, value || null))}
        options={options}
        style={{ width: '100%' }}
        popupMatchSelectWidth={false}
        data-testid={`import-column-${row.index}`}
        data-field={field ?? ''}
      />
    );
  };

  const columns: TableProps<ColumnRow>['columns'] = [
    {
      key: 'header',
      title: narrow
        ? `${t('imports.page.column')} → ${t('imports.page.field')}`
        : t('imports.page.column'),
      render: (_, row) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{row.header}</Typography.Text>
          {/* On a phone the first value and the choice go under the column's header. */}
          {narrow && row.sample && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
              {row.sample}
            </Typography.Text>
          )}
          {narrow && fieldSelect(row)}
        </Flex>
      ),
    },
    {
      key: 'sample',
      hidden: narrow || sample.length === 0,
      title: t('imports.page.sample'),
      render: (_, row) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
          {row.sample}
        </Typography.Text>
      ),
    },
    {
      key: 'field',
      hidden: narrow,
      title: t('imports.page.field'),
      width: 280,
      render: (_, row) => fieldSelect(row),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-mapping">
      <Typography.Text type="secondary">
        {t('imports.page.fileSummary', { file: job.fileName, row: job.headerRow ?? 1 })}
      </Typography.Text>
      <Table<ColumnRow>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="import-columns"
      />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('imports.page.missingRequired', {
            fields: missing.map((key) => fieldLabel(job.entity, key)).join(', '),
          })}
          data-testid="import-missing"
        />
      )}
      <Checkbox checked={save} onChange={(event) => setSave(event.target.checked)}>
        {t('imports.page.saveMapping')}
      </Checkbox>
      <Flex gap={8} wrap justify="end">
        <Button onClick={onBack}>{t('imports.page.back')}</Button>
        <Button
          type="primary"
          loading={checking}
          disabled={missing.length > 0}
          onClick={() => onCheck(mapping, save)}
          data-testid="import-check"
        >
          {checking ? t('imports.page.checking') : t('imports.page.check')}
        </Button>
      </Flex>
    </Flex>
  );
}
