import type { QualityFlagsTable, QualityRule } from '../../db/tables/appraisal.table.js';

export type FlagEntity = QualityFlagsTable['entity'];

/** What one rule found on one record (Q1: on one field of it), before it is stored as a flag. */
export type Finding = {
  rule: QualityRule;
  entity: FlagEntity;
  recordId: string;
  /** Q1: the field holding the placeholder; null for every other rule. */
  field: string | null;
  /** The user responsible for the record (its creator). */
  userId: string;
  detail: Record<string, unknown>;
};

/**
 * The records a rule was fully decided for in one evaluation. Flags of that rule on these records
 * that the evaluation did not find again are resolved as fixed; flags on other records are left
 * alone, because the evaluation did not see enough to decide them.
 */
export type Evaluated = {
  rule: QualityRule;
  entity: FlagEntity;
  recordIds: readonly string[];
  /**
   * 'sync' opens what is found and resolves what is no longer found; 'open-only' never resolves
   * (Q5 at write time sees only the windows around one activity; Q7 never un-happens).
   */
  mode: 'sync' | 'open-only';
};

/** A flag is identified by its rule, record and (Q1) field: the "same reason" of the spec. */
export function findingKey(f: { recordId: string; field: string | null }): string {
  return `${f.recordId}\u0000${f.field ?? ''}`;
}
