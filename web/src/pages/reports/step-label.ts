import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../api/reports-api';
import { useStageName } from '../opportunities/stage-data';

/** A funnel step's name: leads, customers, a stage's name or won. */
export function useStepLabel() {
  const { t } = useTranslation();
  const stageName = useStageName();
  return useCallback(
    (step: FunnelReport['steps'][number]) =>
      step.key === 'stage' ? stageName(step.stageId) : t(`reports.funnel.steps.${step.key}`),
    [stageName, t],
  );
}
