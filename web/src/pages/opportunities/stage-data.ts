import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getOpportunity, listStages } from '../../api/opportunities-api';
import type { OpportunityStatus, Stage } from '../../api/opportunities-api';

export const OPPORTUNITIES_KEY = ['opportunities'] as const;
export const STAGES_KEY = ['pipeline-stages'] as const;

export const STATUS_COLORS: Record<OpportunityStatus, string> = {
  open: 'processing',
  won: 'success',
  lost: 'default',
};

export function useStages() {
  return useQuery({ queryKey: STAGES_KEY, queryFn: listStages, staleTime: 5 * 60_000 });
}

/** The stage's name in the current language, or the raw id of an unknown (inactive) stage. */
export function useStageName(): (stageId: string | null | undefined, stages?: Stage[]) => string {
  const { i18n } = useTranslation();
  const { data } = useStages();
  const zh = i18n.resolvedLanguage === 'zh-CN';
  return useCallback(
    (stageId, stages) => {
      if (!stageId) return '—';
      const stage = (stages ?? data)?.find((s) => s.id === stageId);
      if (!stage) return stageId;
      return zh ? stage.nameZh : stage.nameEn;
    },
    [data, zh],
  );
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: [...OPPORTUNITIES_KEY, 'one', id],
    queryFn: () => getOpportunity(id),
  });
}

export function useOpportunitiesChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: OPPORTUNITIES_KEY });
    await queryClient.invalidateQueries({ queryKey: ['history'] });
  }, [queryClient]);
}
