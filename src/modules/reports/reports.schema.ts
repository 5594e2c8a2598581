import { z } from 'zod';
import { NA_REASONS } from '../../domain/metrics/metric-value.js';
import { exportFileQuery } from '../../platform/export/export-query.js';
import { AGEING_BUCKETS } from '../../domain/reports/ageing.js';
import { BUCKET_KINDS } from '../../domain/reports/buckets.js';
import { calendarDateField } from '../../platform/http/field-schemas.js';

const id = z.string().min(1).max(64);

export const REPORTS = [
  'funnel',
  'stage-durations',
  'sales',
  'cockpit',
  'adoption',
  'win-loss',
  'service',
] as const;
export type ReportKey = (typeof REPORTS)[number];

const reportFilters = z.object({
  from: calendarDateField.optional().describe('first day of the period (default: this month)'),
  to: calendarDateField.optional().describe('last day of the period, inclusive'),
  departmentId: id.optional().describe('owners who are members of this department'),
  ownerId: id.optional().describe('this owner only'),
  bucket: z
    .enum(BUCKET_KINDS)
    .optional()
    .describe('CRM adoption: months (default) or Monday-to-Sunday weeks'),
});
const periodInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const periodOrder = { path: ['to'], message: 'the last day must not be before the first' };

export const reportQuery = reportFilters.refine(periodInOrder, periodOrder);
export const reportExportQuery = reportFilters
  .extend(exportFileQuery.shape)
  .refine(periodInOrder, periodOrder);
export type ReportQuery = z.infer<typeof reportQuery>;

export const reportParams = z.object({ report: z.enum(REPORTS) });

const reportPeriod = z
  .object({ from: z.string(), to: z.string() })
  .meta({ id: 'ReportPeriod', description: 'Inclusive org-zone days' });

export const DRILL_ENTITIES = [
  'lead',
  'customer',
  'opportunity',
  'contract',
  'payment',
  'ticket',
  'feedback',
] as const;

/** Which list opens the records behind a figure, with the list filters that select exactly them. */
export const reportDrill = z
  .object({
    entity: z.enum(DRILL_ENTITIES),
    filter: z.record(z.string(), z.string()),
  })
  .meta({ id: 'ReportDrill' });
export type ReportDrill = z.infer<typeof reportDrill>;

export const FUNNEL_STEPS = ['leads', 'customers', 'stage', 'won'] as const;

const funnelStep = z
  .object({
    key: z.enum(FUNNEL_STEPS),
    stageId: z.string().nullable(),
    count: z.number().int(),
    conversion: z.number().nullable().describe('count / previous step count'),
    drill: reportDrill,
  })
  .meta({ id: 'FunnelStep' });

export const funnelOut = z
  .object({
    period: reportPeriod,
    steps: z.array(funnelStep),
    leadToWon: z.number().nullable().describe('won / leads'),
  })
  .meta({ id: 'FunnelReport' });

const stageDuration = z
  .object({
    stageId: z.string(),
    stays: z.number().int(),
    medianDays: z.number().nullable(),
    p80Days: z.number().nullable(),
    bottleneck: z.boolean(),
    drill: reportDrill,
  })
  .meta({ id: 'StageDuration' });

export const stageDurationsOut = z
  .object({ period: reportPeriod, stages: z.array(stageDuration) })
  .meta({ id: 'StageDurationsReport' });

const ageing = z.object(
  Object.fromEntries(AGEING_BUCKETS.map((b) => [b, z.number().int()])),
) as z.ZodObject<Record<(typeof AGEING_BUCKETS)[number], z.ZodNumber>>;

const salesRow = z
  .object({
    /** A user id (people), a department id (teams; null: people in no department) or null (total). */
    id: z.string().nullable(),
    name: z.string().nullable(),
    departmentName: z.string().nullable(),
    wonCents: z.number().int(),
    wonCount: z.number().int(),
    wonTargetCents: z.number().nullable(),
    wonAttainment: z.number().nullable(),
    collectedCents: z.number().int(),
    collectionTargetCents: z.number().nullable(),
    collectionAttainment: z.number().nullable(),
    receivableCents: z.number().int(),
    ageing: ageing.meta({ id: 'ReceivableAgeing' }),
    drills: z
      .object({
        won: reportDrill,
        collected: reportDrill,
        receivable: reportDrill,
        ageing: z.object(
          Object.fromEntries(AGEING_BUCKETS.map((b) => [b, reportDrill])),
        ) as z.ZodObject<Record<(typeof AGEING_BUCKETS)[number], typeof reportDrill>>,
      })
      .nullable()
      .describe('null for people in no department, whose records no list filter selects'),
  })
  .meta({ id: 'SalesRow' });
export type SalesRow = z.infer<typeof salesRow>;

export const salesOut = z
  .object({
    period: reportPeriod,
    people: z.array(salesRow),
    teams: z.array(salesRow),
    total: salesRow,
  })
  .meta({ id: 'SalesReport' });

const metricFigure = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  naReason: z.enum(NA_REASONS).nullable(),
});

const managerUse = z
  .object({
    userId: z.string(),
    name: z.string(),
    departmentName: z.string().nullable(),
    insightDays: metricFigure,
    reviewCoverage: metricFigure,
  })
  .meta({ id: 'ManagerUse' });

const share = z
  .object({
    numerator: z.number(),
    denominator: z.number(),
    value: z.number().nullable().describe('numerator / denominator; null when it is 0'),
  })
  .meta({ id: 'ReportShare' });

const adoptionRow = z
  .object({
    /** A department id (null: people in no department) — or null in the totals. */
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    members: z.number().int(),
    activeUsers: z.number().int(),
    completeness: share.describe('filled key fields / key fields of the customers owned'),
    timeliness: share.describe('timely events / timed events recorded'),
    activities: z.number().int().describe('valid contact activities that occurred'),
    flags: share.describe('records created with an open data-quality flag / records created'),
  })
  .meta({ id: 'AdoptionRow' });
export type AdoptionRow = z.infer<typeof adoptionRow>;

export const adoptionOut = z
  .object({
    period: reportPeriod,
    bucket: z.enum(BUCKET_KINDS),
    buckets: z.array(reportPeriod),
    teams: z.array(adoptionRow).describe('per team and bucket, teams by name, buckets in order'),
    total: z.array(adoptionRow).describe('everyone counted, per bucket'),
  })
  .meta({ id: 'AdoptionReport' });

const winLossRow = z
  .object({
    /** The group's value (a reason, source, industry or user id); null: not set, or the total. */
    key: z.string().nullable(),
    name: z.string().nullable(),
    wonCount: z.number().int(),
    wonCents: z.number().int(),
    lostCount: z.number().int(),
    lostCents: z.number().int(),
    winRate: z.number().nullable().describe('won / (won + lost), by count'),
    drills: z
      .object({ won: reportDrill, lost: reportDrill })
      .nullable()
      .describe('null for "not set", which no list filter selects'),
  })
  .meta({ id: 'WinLossRow' });
export type WinLossRow = z.infer<typeof winLossRow>;

export const winLossOut = z
  .object({
    period: reportPeriod,
    byReason: z.array(winLossRow),
    bySource: z.array(winLossRow),
    byIndustry: z.array(winLossRow),
    byPerson: z.array(winLossRow),
    total: winLossRow,
  })
  .meta({ id: 'WinLossReport' });

const serviceRow = z
  .object({
    /** A user id (agents), a department id (teams; null: no department) or null (total). */
    id: z.string().nullable(),
    name: z.string().nullable(),
    departmentName: z.string().nullable(),
    tickets: z.number().int().describe('tickets created in the period'),
    firstResponseMinutes: z.number().nullable().describe('median'),
    resolved: z.number().int(),
    resolutionHours: z.number().nullable().describe('median'),
    csat: share.describe('rated 4 or 5 / rated, of the tickets resolved'),
    feedbackAdopted: z.number().int(),
    drills: z
      .object({
        tickets: reportDrill,
        resolved: reportDrill,
        rated: reportDrill,
        adopted: reportDrill,
      })
      .nullable()
      .describe('null for people in no department, whose records no list filter selects'),
  })
  .meta({ id: 'ServiceRow' });
export type ServiceRow = z.infer<typeof serviceRow>;

export const serviceOut = z
  .object({
    period: reportPeriod,
    agents: z.array(serviceRow),
    teams: z.array(serviceRow),
    total: serviceRow,
  })
  .meta({ id: 'ServiceReport' });

export const cockpitOut = z
  .object({
    period: reportPeriod,
    funnel: funnelOut,
    stageDurations: stageDurationsOut,
    sales: salesRow,
    winLoss: winLossRow.describe("win/loss report's total"),
    service: serviceRow.describe("service report's total"),
    managers: z.array(managerUse),
  })
  .meta({ id: 'Cockpit' });
