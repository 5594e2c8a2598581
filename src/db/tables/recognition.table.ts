import type { Generated } from 'kysely';
import type { Flag, Timestamp } from './organisation.table.js';

/** A badge an admin defined; the built-in badges live in code (domain/recognition). */
export type BadgesTable = {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
  /** JSON of the rule: metric, threshold, window. */
  rule: string;
  /** A switched-off badge grants nothing new; granted ones stay. */
  active: Flag;
  version: Generated<number>;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

/** An award or badge granted to a person: once per (kind, key, person, occasion). */
export type RecognitionGrantsTable = {
  id: string;
  kind: 'award' | 'badge';
  /** The award kind (best_crm_user, most_improved) or the badge key. */
  key: string;
  userId: string;
  /** What it was granted for: the cycle and group of an award; '' for a badge (once per person). */
  occasion: string;
  cycleId: string | null;
  role: string | null;
  departmentId: string | null;
  /** The names when granted, so a renamed badge keeps what was earned. */
  nameZh: string;
  nameEn: string;
  /** JSON: what earned it (the decision of an award, the observations of a badge). */
  evidence: string;
  grantedAt: Timestamp;
};
