import { z } from 'zod';
import type { TemplateContent, TemplateItem } from '../../domain/appraisal/template-item.js';
import { DEFAULT_GRADE_THRESHOLDS, type GradeThresholds } from '../../domain/scoring/grade.js';
import type { TemplateVersionRow } from './templates.repository.js';
import { gradesSchema, templateItemSchema } from './templates.schema.js';

const storedItems = z.array(templateItemSchema.required());

/** A stored version's items and grades, parsed back from their JSON columns. */
export function contentOf(version: TemplateVersionRow): TemplateContent {
  const items: TemplateItem[] = storedItems.parse(JSON.parse(version.items));
  const grades: GradeThresholds = gradesSchema.parse(JSON.parse(version.grades));
  return { items, grades };
}

export const defaultGrades = (): GradeThresholds => ({ ...DEFAULT_GRADE_THRESHOLDS });
