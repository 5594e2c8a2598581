/** Sizes of simulated company. Counts are targets; the generated totals land close to them. */
export type ScaleName = 'tiny' | 'demo' | 'XS' | 'S' | 'M' | 'L';

export type Scale = {
  users: number;
  customers: number;
  activities: number;
};

export const SCALES: Record<ScaleName, Scale> = {
  /** For fast tests: the demo company with fewer records. */
  tiny: { users: 20, customers: 120, activities: 1_000 },
  demo: { users: 20, customers: 500, activities: 5_000 },
  /** S's people and archetype mix with a fifth of its records: the archetype test's scale. */
  XS: { users: 50, customers: 2_000, activities: 20_000 },
  S: { users: 50, customers: 10_000, activities: 100_000 },
  M: { users: 200, customers: 100_000, activities: 1_000_000 },
  L: { users: 1_000, customers: 1_000_000, activities: 10_000_000 },
};

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as string[]).includes(value);
}
