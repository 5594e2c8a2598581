import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRun } from '../api/system-api';
import { workbenchEn } from '../i18n/workbench.en';

const STATUS_COLORS: Record<JobRun['status'], string> = {
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

/** The scheduled jobs that have a name in the current language. */
export const KNOWN_JOBS = Object.keys(
  workbenchEn.health.jobs,
) as (keyof typeof workbenchEn.health.jobs)[];

/** A job's name in the current language; a job without one keeps its technical name. */
export function useJobName(): (job: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (job: string) => {
      const known = KNOWN_JOBS.find((name) => name === job);
      return known ? t(`workbench.health.jobs.${known}`) : job;
    },
    [t],
  );
}

/** How a run ended (or that it is still running), as a coloured tag. */
export function JobRunStatusTag({ status }: { status: JobRun['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`workbench.health.statuses.${status}`)}</Tag>;
}
