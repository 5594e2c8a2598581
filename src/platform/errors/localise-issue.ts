import type { FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';
import { chineseFor } from './messages.zh-CN.js';

type ErrorMap = z.core.$ZodErrorMap;

const english = z.locales.en().localeError;
const chinese = z.locales.zhCN().localeError;

function textOf(result: ReturnType<ErrorMap>): string | undefined {
  const text = typeof result === 'string' ? result : result?.message;
  return text === undefined || text === '' ? undefined : text;
}

function format(map: ErrorMap, issue: z.core.$ZodRawIssue): string | undefined {
  try {
    return textOf(map(issue));
  } catch {
    return undefined;
  }
}

/** The value at an instance path (`/items/0/name`) of the validated request part. */
export function valueAt(root: unknown, instancePath: string): unknown {
  let value = root;
  for (const key of instancePath.split('/').filter((segment) => segment !== '')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The Chinese message of one validation issue from fastify-type-provider-zod (which keeps Zod's
 * issue code as `keyword` and the rest in `params`). A message the schema wrote itself goes
 * through the project's table; Zod's own English message is rebuilt in Zod's Chinese locale.
 * Whatever cannot be translated stays English.
 */
export function localiseIssue(issue: FastifySchemaValidationError, input: unknown): string {
  const message = issue.message ?? 'invalid';
  const own = chineseFor(message);
  if (own !== undefined) return own;
  const rebuilt = {
    ...issue.params,
    code: issue.keyword,
    path: issue.instancePath.split('/').filter((segment) => segment !== ''),
    input,
  } as z.core.$ZodRawIssue;
  // Only Zod's default wording is replaced: a custom message missing from the table stays as is.
  if (format(english, rebuilt) !== message) return message;
  return format(chinese, rebuilt) ?? message;
}
