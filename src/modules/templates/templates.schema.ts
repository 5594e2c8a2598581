import { z } from 'zod';
import { gradesSchema, templateItemSchema } from '../appraisal/template-content.js';

export const newVersionBody = z.object({
  items: z.array(templateItemSchema).min(1).max(40),
  grades: gradesSchema.optional(),
  note: z.string().trim().min(1, 'say what changed and why').max(2000),
});
export type NewVersionInput = z.infer<typeof newVersionBody>;

export const templateVersionOut = z
  .object({
    id: z.string(),
    templateId: z.string(),
    number: z.number().int(),
    items: z.array(templateItemSchema.required()),
    grades: z.object({ S: z.number(), A: z.number(), B: z.number(), C: z.number() }),
    note: z.string().nullable(),
    authorId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'TemplateVersion' });

export const templateOut = z
  .object({
    id: z.string(),
    key: z.string(),
    role: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    current: templateVersionOut.nullable(),
  })
  .meta({ id: 'Template' });

export const itemChange = z.object({
  metric: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: templateItemSchema.required().nullable(),
  after: templateItemSchema.required().nullable(),
});
