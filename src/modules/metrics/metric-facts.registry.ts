import type { BuiltInMetricId } from '../../domain/metrics/catalog.js';
import type { FactContext, Facts } from './metric-period.js';
import {
  activityFrequencyFacts,
  followUpCoverageFacts,
  planExecutionFacts,
  profileCompletenessFacts,
  stalePipelineFacts,
  updateTimelinessFacts,
} from './facts/process.facts.js';
import {
  leadConversionRateFacts,
  leadNurtureRateFacts,
  leadQualityRatingFacts,
  marketingLeadConversionFacts,
} from './facts/leads.facts.js';
import { avgDealCycleDaysFacts, winRateFacts } from './facts/deals.facts.js';
import {
  collectionCycleDaysFacts,
  paymentAmountFacts,
  repurchaseRateFacts,
  wonAmountFacts,
} from './facts/contracts.facts.js';
import { renewalRateFacts } from './facts/renewal.facts.js';
import { csatFacts, firstResponseMinutesFacts } from './facts/service.facts.js';
import { qualifiedLeadsFacts } from './facts/marketing.facts.js';
import { feedbackAdoptedFacts, feedbackTriageDaysFacts } from './facts/feedback.facts.js';
import { dataFlagRateFacts, insightDaysFacts } from './facts/data-use.facts.js';
import { reviewCoverageFacts } from './facts/leadership.facts.js';

export type FactsBuilder = (ctx: FactContext) => Facts;

/**
 * The fact query of every metric computed from CRM records. The same query yields the aggregate
 * (one set-based query for all subjects) and the evidence (its rows for one subject), so a number
 * and its explanation can never disagree. review_coverage reads published appraisals; team_score is
 * the mean of other people's totals and is computed by the scorer (score-participants.ts).
 */
export const FACTS: Partial<Record<BuiltInMetricId, FactsBuilder>> = {
  profile_completeness: profileCompletenessFacts,
  activity_frequency: activityFrequencyFacts,
  follow_up_coverage: followUpCoverageFacts,
  update_timeliness: updateTimelinessFacts,
  plan_execution: planExecutionFacts,
  stale_pipeline: stalePipelineFacts,
  lead_conversion_rate: leadConversionRateFacts,
  win_rate: winRateFacts,
  avg_deal_cycle_days: avgDealCycleDaysFacts,
  won_amount: wonAmountFacts,
  payment_amount: paymentAmountFacts,
  collection_cycle_days: collectionCycleDaysFacts,
  repurchase_rate: repurchaseRateFacts,
  renewal_rate: renewalRateFacts,
  first_response_minutes: firstResponseMinutesFacts,
  csat: csatFacts,
  qualified_leads: qualifiedLeadsFacts,
  lead_nurture_rate: leadNurtureRateFacts,
  marketing_lead_conversion: marketingLeadConversionFacts,
  lead_quality_rating: leadQualityRatingFacts,
  feedback_adopted: feedbackAdoptedFacts,
  feedback_triage_days: feedbackTriageDaysFacts,
  insight_days: insightDaysFacts,
  review_coverage: reviewCoverageFacts,
  data_flag_rate: dataFlagRateFacts,
};
