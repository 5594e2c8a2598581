/**
 * Behaviour archetypes: what kind of CRM user each simulated person is. Pure data; the generators
 * read these parameters, and tests and benchmarks read the archetype recorded per user
 * (table `simulator_profiles`) to check that the behaviour shows in the raw data.
 */
export type SalesArchetype = 'diligent' | 'results_only' | 'late_recorder' | 'gamer' | 'newcomer';
/**
 * A gamer's honest twin (simulation option `honestTwins`): the same person doing the same real
 * work, recorded the same way, without the fabricated records (see README: Honest twins).
 */
export type TwinArchetype = 'honest_twin';
export type ManagerArchetype = 'engaged' | 'absent';
export type ServiceArchetype = 'fast_responder' | 'slow_responder';
export type MarketingArchetype = 'high_lead_quality' | 'low_lead_quality';
export type ProductArchetype = 'adopts_feedback' | 'ignores_feedback';
export type Archetype =
  | SalesArchetype
  | TwinArchetype
  | ManagerArchetype
  | ServiceArchetype
  | MarketingArchetype
  | ProductArchetype
  | 'staff';

export type SalesBehaviour = {
  /** Relative number of activities per working day (1 = the company norm). */
  activityRate: number;
  /** Share of real notes that are thin (Q3) and terse; the rest are detailed. */
  thinShare: number;
  terseShare: number;
  /**
   * Fabricated activities per real one: padding logged to look busy, half thin (Q3) and half a
   * paste of the note just written (Q4), so none of it is valid.
   */
  paddingRate: number;
  /** Recording lag after the activity happened: 'prompt' hours, 'days', or 'period_end' backfill. */
  lag: 'prompt' | 'days' | 'period_end';
  /** Share of activities that set a next follow-up plan, and share of plans carried out on time. */
  planRate: number;
  planExecution: number;
  /** Probability that each optional customer field is filled, and that a filled one is a fabricated placeholder (Q1). */
  fieldCompleteness: number;
  placeholderShare: number;
  /** Probability that an opportunity that reaches a close is won; multiplier on deal size. */
  winRate: number;
  dealSize: number;
  /** Share of new customers that are fabricated: duplicates of an earlier one (Q2), deleted within a day (Q7). */
  duplicateShare: number;
  createThenDeleteShare: number;
  /** Activities are recorded in bursts (≥ 10 within minutes, Q5). */
  bursts: boolean;
  /** Report and dashboard views per working day. */
  insightRate: number;
};

export const SALES_BEHAVIOUR: Record<SalesArchetype, SalesBehaviour> = {
  diligent: {
    activityRate: 1.2,
    thinShare: 0.01,
    terseShare: 0.05,
    paddingRate: 0,
    lag: 'prompt',
    planRate: 0.6,
    planExecution: 0.9,
    fieldCompleteness: 0.97,
    placeholderShare: 0,
    winRate: 0.4,
    dealSize: 1,
    duplicateShare: 0,
    createThenDeleteShare: 0,
    bursts: false,
    insightRate: 0.5,
  },
  results_only: {
    activityRate: 0.6,
    thinShare: 0.15,
    terseShare: 0.55,
    paddingRate: 0,
    lag: 'days',
    planRate: 0.1,
    planExecution: 0.4,
    fieldCompleteness: 0.7,
    placeholderShare: 0.05,
    winRate: 0.5,
    dealSize: 1.3,
    duplicateShare: 0.01,
    createThenDeleteShare: 0,
    bursts: false,
    insightRate: 0.1,
  },
  late_recorder: {
    activityRate: 0.9,
    thinShare: 0.05,
    terseShare: 0.2,
    paddingRate: 0,
    lag: 'period_end',
    planRate: 0.3,
    planExecution: 0.5,
    fieldCompleteness: 0.85,
    placeholderShare: 0.02,
    winRate: 0.35,
    dealSize: 1,
    duplicateShare: 0.01,
    createThenDeleteShare: 0,
    bursts: false,
    insightRate: 0.2,
  },
  gamer: {
    activityRate: 0.6,
    thinShare: 0.05,
    terseShare: 0.4,
    paddingRate: 1.5,
    lag: 'prompt',
    planRate: 0.2,
    planExecution: 0.2,
    fieldCompleteness: 0.9,
    placeholderShare: 0.35,
    winRate: 0.2,
    dealSize: 0.7,
    duplicateShare: 0.12,
    createThenDeleteShare: 0.06,
    bursts: true,
    insightRate: 0.05,
  },
  newcomer: {
    activityRate: 0.8,
    thinShare: 0.05,
    terseShare: 0.2,
    paddingRate: 0,
    lag: 'prompt',
    planRate: 0.4,
    planExecution: 0.7,
    fieldCompleteness: 0.85,
    placeholderShare: 0.02,
    winRate: 0.3,
    dealSize: 0.8,
    duplicateShare: 0.02,
    createThenDeleteShare: 0.01,
    bursts: false,
    insightRate: 0.3,
  },
};

/** Mix of sales archetypes among generated sellers (the demo's named accounts are fixed). */
export const SALES_MIX: readonly (readonly [SalesArchetype, number])[] = [
  ['diligent', 0.35],
  ['results_only', 0.18],
  ['late_recorder', 0.2],
  ['gamer', 0.12],
  ['newcomer', 0.15],
];

/** Newcomers joined within this many days before the end date. */
export const NEWCOMER_MAX_TENURE_DAYS = 60;

export const MANAGER_BEHAVIOUR: Record<ManagerArchetype, { insightRate: number }> = {
  /** Opens reports, dashboards or scorecards on most working days. */
  engaged: { insightRate: 3 },
  absent: { insightRate: 0.08 },
};

export const SERVICE_BEHAVIOUR: Record<
  ServiceArchetype,
  { firstResponseMeanMinutes: number; resolveMeanHours: number; goodRatingShare: number }
> = {
  fast_responder: { firstResponseMeanMinutes: 25, resolveMeanHours: 10, goodRatingShare: 0.88 },
  slow_responder: { firstResponseMeanMinutes: 600, resolveMeanHours: 70, goodRatingShare: 0.45 },
};

export const MARKETING_BEHAVIOUR: Record<
  MarketingArchetype,
  { conversionRate: number; meanRating: number; badContactShare: number; duplicateShare: number }
> = {
  high_lead_quality: {
    conversionRate: 0.45,
    meanRating: 4.2,
    badContactShare: 0.02,
    duplicateShare: 0.02,
  },
  low_lead_quality: {
    conversionRate: 0.12,
    meanRating: 2.1,
    badContactShare: 0.25,
    duplicateShare: 0.15,
  },
};

export const PRODUCT_BEHAVIOUR: Record<
  ProductArchetype,
  { decideShare: number; adoptShare: number; triageMeanDays: number }
> = {
  adopts_feedback: { decideShare: 0.9, adoptShare: 0.55, triageMeanDays: 4 },
  ignores_feedback: { decideShare: 0.35, adoptShare: 0.1, triageMeanDays: 35 },
};
