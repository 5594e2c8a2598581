import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { Opportunity } from '../../api/opportunities-api';
import { listOpportunities } from '../../api/opportunities-api';

export const STALE_DAYS = 14;

/**
 * My open opportunities untouched for STALE_DAYS or more. The API has no staleness filter or
 * last-touch sort yet, so the open ones are read and filtered here.
 */
export function useStaleOpportunities(ownerId: string) {
  return useQuery({
    queryKey: ['workbench', 'stale-opportunities', ownerId],
    queryFn: async (): Promise<Opportunity[]> => {
      const { items } = await listOpportunities({
        ownerId,
        status: 'open',
        sort: 'updatedAt',
        order: 'asc',
        pageSize: 200,
      });
      const limit = dayjs().subtract(STALE_DAYS, 'day');
      return items.filter((opportunity) =>
        dayjs(opportunity.lastTouchedAt ?? opportunity.createdAt).isBefore(limit),
      );
    },
  });
}
