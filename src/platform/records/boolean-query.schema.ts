import { z } from 'zod';

/** A yes/no list filter in a query string: `true` or `false`. */
export const booleanQueryField = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();
