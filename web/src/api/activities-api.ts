import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import type { Activity, ActivityType, Plan, RecordType } from './crm-types';

export type NextFollowUp = { dueAt: string; note?: string | null };

export type NewActivity = {
  type: ActivityType;
  recordType: RecordType;
  recordId: string;
  content: string;
  occurredAt: string;
  planId?: string;
  nextFollowUp?: NextFollowUp;
};

/** A data-quality rule the new activity breaks, and what the rule saw. */
export type ActivityFinding = { rule: string; detail: Record<string, unknown> | null };

export type CreatedActivity = Activity & {
  completedPlanIds: string[];
  nextFollowUp: Plan | null;
  qualityFlags: ActivityFinding[];
};

export function createActivity(activity: NewActivity): Promise<CreatedActivity> {
  return request('POST', '/api/v1/activities', activity);
}

export type PlanScope = 'today' | 'overdue' | 'upcoming';

export function listPlans(query: {
  scope?: PlanScope;
  ownerId?: string;
  recordType?: RecordType;
  recordId?: string;
  page?: number;
  pageSize?: number;
}): Promise<Page<Plan>> {
  return request('GET', withQuery('/api/v1/plans', { sort: 'dueAt', ...query }));
}
