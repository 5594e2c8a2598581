import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listJobRuns } from '../../api/system-api';
import type { JobRun } from '../../api/system-api';
import { useFormat } from '../../components/format';
import { JobRunStatusTag, useJobName } from '../../components/job-run-labels';

/** The newest run of each scheduled job (runs come newest first), failures first. */
export function latestRunPerJob(runs: readonly JobRun[]): JobRun[] {
  const latest = new Map<string, JobRun>();
  for (const run of runs) if (!latest.has(run.job)) latest.set(run.job, run);
  return [...latest.values()].sort(
    (a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'),
  );
}

/** System health for administrators: did the scheduled jobs run, and did any fail? */
export function SystemHealthCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const runs = useQuery({
    queryKey: ['system', 'job-runs'],
    queryFn: () => listJobRuns({ limit: 100 }),
  });
  const latest = latestRunPerJob(runs.data ?? []);
  const jobName = useJobName();
  return (
    <Card title={t('workbench.health.title')} data-testid="health-card">
      <List<JobRun>
        loading={runs.isPending}
        dataSource={latest}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.health.empty')} />
          ),
        }}
        renderItem={(run) => (
          <List.Item data-testid={`job-${run.job}`} extra={<JobRunStatusTag status={run.status} />}>
            <List.Item.Meta
              title={jobName(run.job)}
              description={
                run.status === 'failed' && run.error ? (
                  <Typography.Text type="danger" ellipsis={{ tooltip: run.error }}>
                    {run.error}
                  </Typography.Text>
                ) : (
                  t('workbench.health.ranAt', { time: format.dateTime(run.startedAt) })
                )
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
