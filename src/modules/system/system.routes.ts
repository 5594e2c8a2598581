import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { latestRuns } from './job-runs.repository.js';
import { canReadJobRuns } from './system.policy.js';

const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;

const jobRun = z.object({
  id: z.string(),
  job: z.string().describe('e.g. quality-rules, pool-return, cycle-recompute'),
  slot: z
    .string()
    .describe("the org-zone day of a daily job, the window's start of a periodic one"),
  attempt: z.number().int().describe('1 for the scheduled run, 2 and 3 for retries'),
  status: z.enum(JOB_RUN_STATUSES),
  summary: z.string().nullable(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

const jobRunsQuery = z.object({
  job: z.string().max(100).optional(),
  status: z.enum(JOB_RUN_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function registerSystemRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  r.get(
    '/api/v1/system/job-runs',
    {
      config: { allow: canReadJobRuns },
      schema: {
        operationId: 'listJobRuns',
        tags: ['system'],
        summary: 'The newest runs of the scheduled jobs with their outcome (admins)',
        querystring: jobRunsQuery,
        response: { 200: z.object({ items: z.array(jobRun) }) },
      },
    },
    async (request) => ({ items: await latestRuns(db.kysely, request.query) }),
  );
}
