import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RECOGNITION_KEY,
  getLeaderboards,
  listGrantsOf,
  listRecentGrants,
  type Grant,
} from '../../api/recognition-api';

/** A grant's name in the reader's language. */
export function useGrantName(): (grant: Pick<Grant, 'nameZh' | 'nameEn'>) => string {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  return useCallback((grant) => (zh ? grant.nameZh : grant.nameEn), [zh]);
}

export const useRecentGrants = () =>
  useQuery({ queryKey: [...RECOGNITION_KEY, 'feed'], queryFn: listRecentGrants });

export const useGrantsOf = (userId: string) =>
  useQuery({
    queryKey: [...RECOGNITION_KEY, 'grants', userId],
    queryFn: () => listGrantsOf(userId),
  });

export const useLeaderboards = () =>
  useQuery({ queryKey: [...RECOGNITION_KEY, 'leaderboards'], queryFn: getLeaderboards });
