import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Grid, Select, Table, Typography, theme } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listJobRuns } from '../../api/system-api';
import type { JobRun, JobRunsQuery } from '../../api/system-api';
import { useFormatters } from '../../components/formatters';
import { JobRunStatusTag, KNOWN_JOBS, useJobName } from '../../components/job-run-labels';
import { SettingsPageFrame } from './settings-page-frame';

const STATUSES: JobRun['status'][] = ['failed', 'running', 'succeeded'];
const LIMIT = 200;

/** The log of the scheduled jobs: every recent attempt with its outcome, failures marked. */
export function JobRunsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const jobName = useJobName();
  const { token } = theme.useToken();
  const narrow = Grid.useBreakpoint().md === false;
  const [job, setJob] = useState<string | undefined>();
  const [status, setStatus] = useState<JobRun['status'] | undefined>();

  const query: JobRunsQuery = {
    limit: LIMIT,
    ...(job ? { job } : {}),
    ...(status ? { status } : {}),
  };
  const runs = useQuery({
    queryKey: ['system', 'job-runs', query],
    queryFn: () => listJobRuns(query),
    placeholderData: keepPreviousData,
  });

  const outcome = (run: JobRun) =>
    run.status === 'failed' && run.error ? (
      <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {run.error}
      </Typography.Text>
    ) : (
      (run.summary ?? '—')
    );
  const finished = (run: JobRun) =>
    run.finishedAt ? (
      format.dateTime(run.finishedAt)
    ) : (
      <Typography.Text type="secondary">{t('systemAdmin.jobRuns.notFinished')}</Typography.Text>
    );

  const columns: TableProps<JobRun>['columns'] = [
    {
      key: 'job',
      title: t('systemAdmin.jobRuns.job'),
      render: (_, run) => (
        <Flex vertical align="start" gap={2}>
          <Typography.Text strong>{jobName(run.job)}</Typography.Text>
          {/* On a phone the slot, attempt, times and outcome go under the job's name. */}
          {narrow && (
            <>
              <Typography.Text type="secondary">
                {run.slot} · {t('systemAdmin.jobRuns.attempt')} {run.attempt} ·{' '}
                {format.dateTime(run.startedAt)}
              </Typography.Text>
              {outcome(run)}
            </>
          )}
        </Flex>
      ),
    },
    { key: 'slot', hidden: narrow, title: t('systemAdmin.jobRuns.slot'), dataIndex: 'slot' },
    {
      key: 'attempt',
      hidden: narrow,
      align: 'right',
      title: t('systemAdmin.jobRuns.attempt'),
      dataIndex: 'attempt',
    },
    {
      key: 'status',
      title: t('systemAdmin.jobRuns.status'),
      render: (_, run) => <JobRunStatusTag status={run.status} />,
    },
    {
      key: 'outcome',
      hidden: narrow,
      title: t('systemAdmin.jobRuns.outcome'),
      render: (_, run) => outcome(run),
    },
    {
      key: 'startedAt',
      hidden: narrow,
      title: t('systemAdmin.jobRuns.startedAt'),
      render: (_, run) => format.dateTime(run.startedAt),
    },
    {
      key: 'finishedAt',
      hidden: narrow,
      title: t('systemAdmin.jobRuns.finishedAt'),
      render: (_, run) => finished(run),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('systemAdmin.jobRuns.title')}
      intro={t('systemAdmin.jobRuns.intro')}
      query={runs}
      testId="job-runs-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void runs.refetch()}>
          {t('systemAdmin.jobRuns.refresh')}
        </Button>
      }
    >
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            value={job}
            onChange={setJob}
            placeholder={t('systemAdmin.jobRuns.allJobs')}
            style={{ minWidth: 220 }}
            options={KNOWN_JOBS.map((name) => ({ value: name, label: jobName(name) }))}
            data-testid="job-filter"
          />
          <Select<JobRun['status']>
            allowClear
            value={status}
            onChange={setStatus}
            placeholder={t('systemAdmin.jobRuns.allStatuses')}
            style={{ minWidth: 160 }}
            options={STATUSES.map((value) => ({
              value,
              label: t(`workbench.health.statuses.${value}`),
            }))}
          />
        </Flex>
        <Table<JobRun>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={runs.data}
          loading={runs.isFetching}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          onRow={(run) =>
            run.status === 'failed'
              ? { style: { background: token.colorErrorBg }, 'data-status': 'failed' }
              : {}
          }
          scroll={narrow ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('systemAdmin.jobRuns.empty') }}
          data-testid="job-runs-table"
        />
      </Card>
    </SettingsPageFrame>
  );
}
