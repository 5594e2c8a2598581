import { z } from 'zod';
import { METRIC_UNITS } from '../../domain/metrics/catalog.js';
import { customMetricDefinition } from './custom-metric-definition.js';

const fields = {
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  unit: z.enum(METRIC_UNITS),
  dir: z.enum(['+', '-']),
  definition: customMetricDefinition,
};

export const createCustomMetricBody = z.object({
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{2,40}$/,
      'lower-case letters, digits and _ (3–41 characters), starting with a letter',
    ),
  ...fields,
});
export type CreateCustomMetricInput = z.infer<typeof createCustomMetricBody>;

export const updateCustomMetricBody = z.object({
  version: z.number().int().min(1),
  ...fields,
  active: z.boolean(),
});
export type UpdateCustomMetricInput = z.infer<typeof updateCustomMetricBody>;

export const customMetricOut = z
  .object({
    id: z.string(),
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    unit: z.enum(METRIC_UNITS),
    dir: z.enum(['+', '-']),
    definition: customMetricDefinition,
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CustomMetric' });

export const metricCatalogOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      category: z.string(),
      kind: z.string(),
      unit: z.string(),
      dir: z.enum(['+', '-']),
      custom: z.boolean(),
    }),
  ),
});

export const fieldCatalogueOut = z.object({
  items: z.array(
    z.object({
      entity: z.string(),
      fields: z.array(
        z.object({
          name: z.string(),
          type: z.enum(['text', 'number', 'money', 'timestamp', 'date', 'user', 'flag']),
        }),
      ),
    }),
  ),
});
