import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Grid, Statistic, Table, Typography, Upload } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DryRun, ImportJob, ImportRowError } from '../../api/import-export-api';
import { importErrorReportUrl } from '../../api/import-export-api';
import { currentLanguage } from '../../i18n/i18n';
import { useRowErrorText } from './import-labels';

type DryRunResultProps = {
  job: ImportJob;
  dryRun: DryRun;
  busy: boolean;
  onFixedFile: (file: File) => void;
  onCommit: () => void;
  onBack: () => void;
};

/** A link to the import's error report, in the UI's language. */
export function ErrorReportLink({
  jobId,
  label,
  small = false,
}: {
  jobId: string;
  label: string;
  small?: boolean;
}) {
  return (
    <Button
      size={small ? 'small' : 'middle'}
      href={importErrorReportUrl(jobId, currentLanguage())}
      download
      icon={<DownloadOutlined />}
      data-testid="import-error-report"
    >
      {label}
    </Button>
  );
}

/**
 * What a commit would do, row by row, with nothing written yet: the counts, the errors by row and
 * column, and the ways on — upload the fixed file, or import the rows without errors.
 */
export function DryRunResult({
  job,
  dryRun,
  busy,
  onFixedFile,
  onCommit,
  onBack,
}: DryRunResultProps) {
  const { t } = useTranslation();
  const errorText = useRowErrorText();
  const narrow = Grid.useBreakpoint().md === false;

  const counts = [
    ['rows', dryRun.rows],
    ['valid', dryRun.valid],
    ['invalid', dryRun.invalid],
    ['existing', dryRun.existing],
    ['skipped', dryRun.skipped],
  ] as const;

  const columns: TableProps<ImportRowError>['columns'] = [
    { key: 'row', title: t('imports.page.row'), dataIndex: 'row', width: 64 },
    {
      key: 'column',
      title: t('imports.page.column'),
      width: narrow ? 96 : 200,
      render: (_, error) => error.column || t('imports.page.wholeRow'),
    },
    {
      key: 'problem',
      title: t('imports.page.problem'),
      render: (_, error) => (
        <Typography.Text type="danger" style={{ wordBreak: 'break-word' }}>
          {errorText(error)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-dry-run">
      <Flex wrap gap={narrow ? 16 : 40}>
        {counts.map(([key, value]) => (
          <Statistic
            key={key}
            title={t(`imports.page.${key}`)}
            value={value}
            styles={
              key === 'invalid' && value > 0 ? { content: { color: 'var(--ant-color-error)' } } : {}
            }
            data-testid={`import-count-${key}`}
          />
        ))}
      </Flex>
      {dryRun.skipped > 0 && (
        <Typography.Text type="secondary">{t('imports.page.skippedHelp')}</Typography.Text>
      )}
      {dryRun.invalid > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('imports.page.withErrors', { rows: dryRun.invalid })}
          data-testid="import-has-errors"
        />
      ) : dryRun.valid > 0 ? (
        <Alert type="success" showIcon title={t('imports.page.clean')} data-testid="import-clean" />
      ) : (
        <Alert type="info" showIcon title={t('imports.page.nothingNew')} />
      )}
      {dryRun.errors.length > 0 && (
        <>
          <Table<ImportRowError>
            rowKey={(error) => `${error.row}\u0000${error.column}\u0000${error.code}`}
            size="small"
            columns={columns}
            dataSource={dryRun.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            data-testid="import-errors"
          />
          {dryRun.errors.length < dryRun.invalid && (
            <Typography.Text type="secondary">
              {t('imports.page.firstErrors', { errors: dryRun.errors.length })}
            </Typography.Text>
          )}
        </>
      )}
      <Flex gap={8} wrap justify="end">
        <Button onClick={onBack} disabled={busy}>
          {t('imports.page.back')}
        </Button>
        {dryRun.invalid > 0 && (
          <ErrorReportLink jobId={job.id} label={t('imports.page.errorReport')} />
        )}
        <span data-testid="import-reupload">
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              onFixedFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              type={dryRun.invalid > 0 ? 'primary' : 'default'}
              disabled={busy}
            >
              {t('imports.page.uploadFixed')}
            </Button>
          </Upload>
        </span>
        <Button
          type={dryRun.invalid > 0 ? 'default' : 'primary'}
          disabled={dryRun.valid === 0}
          loading={busy}
          onClick={onCommit}
          data-testid="import-commit"
        >
          {t('imports.page.commit', { rows: dryRun.valid })}
        </Button>
      </Flex>
    </Flex>
  );
}
