import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Progress, Result, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { getImport, type ImportJob } from '../../api/import-export-api';
import { ErrorReportLink } from './dry-run-result';
import { LIST_PATHS } from './import-labels';

/** How often a running import is asked for its progress (ms). */
const POLL_MS = 500;

type CommitProgressProps = {
  jobId: string;
  resuming: boolean;
  onResume: () => void;
  onAnother: () => void;
};

/** A committing import's progress bar, followed until it is done; then what it did. */
export function CommitProgress({ jobId, resuming, onResume, onAnother }: CommitProgressProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const job = useQuery({
    queryKey: ['imports', 'job', jobId],
    queryFn: () => getImport(jobId),
    refetchInterval: (query) => (query.state.data?.status === 'committing' ? POLL_MS : false),
  });
  const status = job.data?.status;

  // Once it has finished, every list shows the imported records and the job's new status.
  useEffect(() => {
    if (status === 'done' || status === 'failed') void queryClient.invalidateQueries();
  }, [status, queryClient]);

  if (!job.data) return <Spin />;
  const current: ImportJob = job.data;
  const percent = Math.floor((current.progress ?? 0) * 100);
  const listName = t(`imports.entities.${current.entity}`);

  return (
    <Flex vertical gap={16} data-testid="import-commit-step" data-status={current.status}>
      <div>
        <Typography.Text strong>
          {current.status === 'committing' ? t('imports.page.importing') : current.fileName}
        </Typography.Text>
        <Progress
          percent={percent}
          status={
            current.status === 'failed'
              ? 'exception'
              : current.status === 'done'
                ? 'success'
                : 'active'
          }
          aria-label={t('imports.page.progress')}
          data-testid="import-progress"
          data-percent={percent}
        />
      </div>
      {current.status === 'done' && (
        <Result
          status="success"
          title={t('imports.page.done')}
          subTitle={t('imports.page.doneSummary', {
            created: current.rowsCreated,
            unchanged: current.rowsUnchanged,
            failed: current.rowsFailed,
          })}
          style={{ padding: '16px 0' }}
          extra={
            <Flex gap={8} wrap justify="center">
              <Button
                type="primary"
                onClick={() => void navigate(LIST_PATHS[current.entity])}
                data-testid="import-open-list"
              >
                {t('imports.page.openList', { list: listName })}
              </Button>
              {current.rowsFailed > 0 && (
                <ErrorReportLink jobId={current.id} label={t('imports.page.errorReport')} />
              )}
              <Button onClick={onAnother} data-testid="import-another">
                {t('imports.page.another')}
              </Button>
            </Flex>
          }
          data-testid="import-done"
        />
      )}
      {current.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('imports.page.failed', { reason: current.failure ?? '' })}
          action={
            <Button loading={resuming} onClick={onResume}>
              {t('imports.page.resume')}
            </Button>
          }
        />
      )}
    </Flex>
  );
}
