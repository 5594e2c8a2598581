/**
 * A small seeded PRNG (mulberry32) with named sub-streams. Every generator forks its own stream
 * from the run seed and a label (e.g. `sales/17`), so adding draws in one generator never shifts
 * the numbers of another: the same seed gives the same company, part by part.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** true with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Index drawn with the given non-negative weights. */
  weighted: (weights: readonly number[]) => number;
  /** Roughly normal (mean 0, sd 1), from three uniforms: cheap and bounded to ±3. */
  gauss: () => number;
  /** Exponential with the given mean. */
  exp: (mean: number) => number;
  fork: (label: string) => Rng;
  /** 32 random bits as an unsigned integer. */
  bits: () => number;
};

/** FNV-1a over the label's UTF-16 units: a stable 32-bit hash for deriving sub-seeds. */
export function hashLabel(label: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const bits = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => bits() / 4294967296;
  const rng: Rng = {
    next,
    bits,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    weighted: (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    gauss: () => (next() + next() + next() - 1.5) * 2,
    exp: (mean) => -Math.log(1 - next()) * mean,
    fork: (label) => createRng(hashLabel(label, seed >>> 0) ^ bitsOf(seed)),
  };
  return rng;
}

/** A second, seed-only mix so that forks of different seeds with the same label differ. */
function bitsOf(seed: number): number {
  return Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
}
