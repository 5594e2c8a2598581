import type { RawBuilder } from 'kysely';
import type { BuiltInMetricId } from '../../domain/metrics/catalog.js';
import type { FactContext, FactRow } from './metric-period.js';
import {
  activityFrequencyFacts,
  followUpCoverageFacts,
  planExecutionFacts,
  profileCompletenessFacts,
  stalePipelineFacts,
  updateTimelinessFacts,
} from './facts/process.facts.js';

export type FactsBuilder = (ctx: FactContext) => RawBuilder<FactRow>;

/**
 * The fact query of every metric computed from CRM records. The same query yields the aggregate
 * (one set-based query for all subjects) and the evidence (its rows for one subject), so a number
 * and its explanation can never disagree. team_score and review_coverage come from appraisal
 * results instead and are computed by the cycle scorer.
 */
export const FACTS: Partial<Record<BuiltInMetricId, FactsBuilder>> = {
  profile_completeness: profileCompletenessFacts,
  activity_frequency: activityFrequencyFacts,
  follow_up_coverage: followUpCoverageFacts,
  update_timeliness: updateTimelinessFacts,
  plan_execution: planExecutionFacts,
  stale_pipeline: stalePipelineFacts,
};
