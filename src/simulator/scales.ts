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
  demo: { users: 20, customers: 600, activities: 4_500 },
  /** S's people and archetype mix with fewer records: the archetype tests' scale. */
  XS: { users: 50, customers: 1_000, activities: 5_000 },
  /**
   * A company of 31 sellers at the calibrated volumes (README: Calibration): about 100 new
   * customers a year and, in the last quarter, about 15 logged contacts a week for a diligent seller.
   */
  S: { users: 50, customers: 3_000, activities: 14_000 },
  M: { users: 200, customers: 100_000, activities: 1_000_000 },
  L: { users: 1_000, customers: 1_000_000, activities: 10_000_000 },
};

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as string[]).includes(value);
}
