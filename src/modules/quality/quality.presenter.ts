import type { Actor } from '../../platform/policy/actor.js';
import { canClearFlag } from './quality.policy.js';
import type { FlagOut } from './quality.schema.js';
import type { FlaggedRecord, FlagRow } from './quality-flags.repository.js';

/** A flag's stored detail (JSON text) as an object. */
export function parseDetail(detail: string | null): Record<string, unknown> | null {
  if (detail === null) return null;
  try {
    const parsed: unknown = JSON.parse(detail);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { text: detail };
  }
}

/** A flag as the writer of its record sees it: the rule and what the rule saw. */
export function presentFinding(flag: FlagRow) {
  return { rule: flag.rule, detail: parseDetail(flag.detail) };
}

export function presentFlag(
  actor: Actor,
  flag: FlagRow,
  record: FlaggedRecord | null = null,
): FlagOut {
  return {
    id: flag.id,
    rule: flag.rule,
    entity: flag.entity,
    recordId: flag.recordId,
    field: flag.field,
    userId: flag.userId,
    detail: parseDetail(flag.detail),
    status: flag.status,
    createdAt: flag.createdAt,
    clearedBy: flag.clearedBy,
    clearedAt: flag.clearedAt,
    clearedReason: flag.clearedReason,
    canClear: flag.status === 'open' && canClearFlag(actor, flag),
    record,
  };
}
