import { z } from 'zod';
import { pageOf, pageQuery } from '../http/list-query.js';

export const historyQuery = pageQuery.pick({ page: true, pageSize: true });

export const historyEntryOut = z
  .object({
    id: z.string(),
    entity: z.string(),
    entityId: z.string(),
    action: z.enum(['create', 'update', 'delete', 'restore', 'merge', 'reveal']),
    field: z.string().nullable(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    actorId: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'HistoryEntry' });

export const historyPage = pageOf(historyEntryOut);
