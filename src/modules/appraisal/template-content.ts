import { z } from 'zod';
import type { TemplateContent, TemplateItem } from '../../domain/appraisal/template-item.js';
import { DEFAULT_GRADE_THRESHOLDS, type GradeThresholds } from '../../domain/scoring/grade.js';
import type { TemplateVersionRow } from './appraisal.repository.js';

/**
 * What a scorecard template holds, item by item, and how a stored version is read back: the
 * templates module writes versions with these schemas, the appraisal reads them.
 */
export const templateItemSchema = z.object({
  metric: z.string().min(1).max(64),
  weight: z.number().positive('weight must be above 0').max(1000),
  floor: z.number().finite(),
  target: z.number().finite(),
  cap: z.number().min(100, 'cap must be at least 100').max(1000).default(120),
  minSample: z.number().int().min(0).max(1000).default(5),
});

export const gradesSchema = z
  .object({ S: z.number(), A: z.number(), B: z.number(), C: z.number() })
  .refine((g) => g.S > g.A && g.A > g.B && g.B > g.C, {
    message: 'grade thresholds must fall from S to C',
    params: { code: 'grade_thresholds_order' },
    path: ['grades'],
  });

const storedItems = z.array(templateItemSchema.required());

/** A stored version's items and grades, parsed back from their JSON columns. */
export function contentOf(version: TemplateVersionRow): TemplateContent {
  const items: TemplateItem[] = storedItems.parse(JSON.parse(version.items));
  const grades: GradeThresholds = gradesSchema.parse(JSON.parse(version.grades));
  return { items, grades };
}

export const defaultGrades = (): GradeThresholds => ({ ...DEFAULT_GRADE_THRESHOLDS });
