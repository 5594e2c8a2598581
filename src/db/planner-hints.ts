import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';

/** The share of rows a condition holds for, roughly. */
export type PlannerShare = 'few rows' | 'most rows';

/**
 * How often a condition holds, told to SQLite's planner where the code knows it and the planner
 * cannot. SQLite keeps no samples of index keys here (src/db/planner-statistics.ts), so it guesses
 * the rows of a range by rule of thumb: 'few rows' has it read a range that is nearly empty (the
 * records changed since a period's end) by its index, 'most rows' has it prefer another index to
 * this range's. `likelihood()` leaves the condition as it is, an index still serves it, and only
 * sets that guess; it must wrap one comparison, since SQLite splits an `and` inside it and drops
 * the guess. PostgreSQL's statistics answer the question: there the condition stays as it is.
 */
export function holdingFor(
  dialect: Dialect,
  share: PlannerShare,
  condition: RawBuilder<boolean>,
): RawBuilder<boolean> {
  if (dialect === 'postgres') return condition;
  return sql<boolean>`likelihood(${condition}, ${sql.lit(share === 'few rows' ? 0.001 : 0.9)})`;
}

/**
 * A range's two bounds, each told the same share when there is one: one `likelihood()` around
 * the whole range would be lost (see `holdingFor`).
 */
export function rangeHolding(
  dialect: Dialect,
  share: PlannerShare | undefined,
  lower: RawBuilder<boolean>,
  upper: RawBuilder<boolean>,
): RawBuilder<boolean> {
  const told = (bound: RawBuilder<boolean>) => (share ? holdingFor(dialect, share, bound) : bound);
  return sql<boolean>`(${told(lower)} and ${told(upper)})`;
}
