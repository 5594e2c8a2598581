import type { Key } from 'react';
import type { QualityFlag } from '../../api/quality-api';

/** A row of the flags table: one flag, or one person's repeated findings of one rule. */
export type FlagRow =
  | { kind: 'flag'; key: string; flag: QualityFlag }
  | { kind: 'group'; key: string; flags: QualityFlag[]; children: FlagRow[] };

/**
 * Repeated findings grouped: the flags of one person under one rule become one row with the
 * flags as its children, in the order their first flag appears; a finding on its own stays a row.
 */
export function groupFlags(flags: readonly QualityFlag[]): FlagRow[] {
  const groups = new Map<string, QualityFlag[]>();
  for (const flag of flags) {
    const key = `${flag.userId}:${flag.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), flag]);
  }
  return [...groups].map(([key, members]): FlagRow => {
    const rows = members.map((flag): FlagRow => ({ kind: 'flag', key: flag.id, flag }));
    const [only] = rows;
    if (only && rows.length === 1) return only;
    return { kind: 'group', key: `group:${key}`, flags: members, children: rows };
  });
}

/** The flag ids behind selected row keys (a group's key stands for its flags). */
export function selectedFlagIds(rows: readonly FlagRow[], keys: readonly Key[]): string[] {
  const chosen = new Set(keys);
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.kind === 'flag') {
      if (chosen.has(row.key)) ids.add(row.flag.id);
      continue;
    }
    for (const flag of row.flags) if (chosen.has(row.key) || chosen.has(flag.id)) ids.add(flag.id);
  }
  return [...ids];
}
