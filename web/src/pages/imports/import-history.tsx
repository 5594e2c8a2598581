import { Button, Flex, Grid, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../api/import-export-api';
import { useFormatters } from '../../components/formatters';
import { ErrorReportLink } from './dry-run-result';
import { ImportStatusTag } from './import-labels';

const hasErrors = (job: ImportSummary) => (job.rowsInvalid ?? 0) > 0 || job.rowsFailed > 0;

/** The user's past imports, newest first, each with its status, result and error report. */
export function ImportHistory({
  jobs,
  loading,
  onOpen,
}: {
  jobs: readonly ImportSummary[];
  loading: boolean;
  onOpen: (job: ImportSummary) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const narrow = Grid.useBreakpoint().md === false;

  const result = (job: ImportSummary) =>
    job.status === 'done' || job.rowsDone > 0
      ? t('imports.history.resultText', { created: job.rowsCreated, failed: job.rowsFailed })
      : job.rowsTotal !== null
        ? t('imports.history.checkedText', { invalid: job.rowsInvalid ?? 0, total: job.rowsTotal })
        : '—';

  const columns: TableProps<ImportSummary>['columns'] = [
    {
      key: 'file',
      title: t('imports.history.file'),
      render: (_, job) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong style={{ wordBreak: 'break-all' }}>
            {job.fileName}
          </Typography.Text>
          {narrow && (
            <Typography.Text type="secondary">
              {t(`imports.entities.${job.entity}`)} · {format.dateTime(job.createdAt)}
            </Typography.Text>
          )}
          {narrow && <Typography.Text type="secondary">{result(job)}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'entity',
      hidden: narrow,
      title: t('imports.history.entity'),
      render: (_, job) => t(`imports.entities.${job.entity}`),
    },
    {
      key: 'status',
      title: t('imports.history.status'),
      render: (_, job) => <ImportStatusTag status={job.status} />,
    },
    {
      key: 'result',
      hidden: narrow,
      title: t('imports.history.result'),
      render: (_, job) => result(job),
    },
    {
      key: 'createdAt',
      hidden: narrow,
      title: t('imports.history.createdAt'),
      render: (_, job) => format.dateTime(job.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, job) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => onOpen(job)} data-testid="import-open">
            {t('imports.history.open')}
          </Button>
          {hasErrors(job) && !narrow && (
            <ErrorReportLink jobId={job.id} label={t('imports.history.errorReport')} small />
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Table<ImportSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...jobs]}
      loading={loading}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('imports.history.empty') }}
      onRow={(job) => ({ 'data-status': job.status }) as HTMLAttributes<HTMLElement>}
      data-testid="import-history"
    />
  );
}
