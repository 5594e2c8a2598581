import type { GradeThresholds } from '../scoring/grade.js';

/** One line of a scorecard template. Ratio floors and targets are fractions (0.9 = 90 %). */
export type TemplateItem = {
  metric: string;
  weight: number;
  floor: number;
  target: number;
  cap: number;
  minSample: number;
};

export type TemplateContent = { items: TemplateItem[]; grades: GradeThresholds };

export type TemplateRole = 'sales' | 'service' | 'marketing' | 'manager';

/**
 * Which template appraises a person with several roles: a manager is appraised as a manager
 * (their team's results are their results), then sales, service, marketing.
 */
export const TEMPLATE_ROLE_PRIORITY: readonly TemplateRole[] = [
  'manager',
  'sales',
  'service',
  'marketing',
];

export function templateRoleFor(roles: readonly string[]): TemplateRole | null {
  return TEMPLATE_ROLE_PRIORITY.find((role) => roles.includes(role)) ?? null;
}
