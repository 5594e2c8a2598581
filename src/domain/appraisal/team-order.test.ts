import { describe, expect, it } from 'vitest';
import { allReports, inSlices, managersBottomUp } from './team-order.js';

// director ← lead ← rep1, rep2; director ← rep3; lead2 (no reports) ← director
const managerOf = new Map<string, string | null>([
  ['director', null],
  ['lead', 'director'],
  ['rep1', 'lead'],
  ['rep2', 'lead'],
  ['rep3', 'director'],
  ['lead2', 'director'],
]);
const people = ['director', 'rep1', 'lead', 'rep2', 'lead2', 'rep3'].map((userId) => ({ userId }));
const ids = (slices: { userId: string }[][]) => slices.map((s) => s.map((p) => p.userId));

describe('managersBottomUp', () => {
  it('puts the lowest managers first and names only people with reports', () => {
    expect(managersBottomUp(managerOf)).toEqual(['lead', 'director']);
  });

  it('stops at a loop in the data instead of recursing forever', () => {
    const loop = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(managersBottomUp(loop).sort()).toEqual(['a', 'b']);
  });
});

describe('allReports', () => {
  it('finds everyone below a manager at any depth', () => {
    expect(allReports('director', managerOf).sort()).toEqual(
      ['lead', 'lead2', 'rep1', 'rep2', 'rep3'].sort(),
    );
    expect(allReports('lead', managerOf).sort()).toEqual(['rep1', 'rep2']);
    expect(allReports('rep1', managerOf)).toEqual([]);
  });
});

describe('inSlices', () => {
  it('slices those who manage no one first, in their order, then managers lowest first', () => {
    expect(ids(inSlices(people, managerOf, 2))).toEqual([
      ['rep1', 'rep2'],
      ['lead2', 'rep3'],
      ['lead', 'director'],
    ]);
  });

  it('keeps every person exactly once, whatever the size', () => {
    for (const size of [1, 3, 4, 6, 100]) {
      const slices = inSlices(people, managerOf, size);
      expect(
        slices
          .flat()
          .map((p) => p.userId)
          .sort(),
      ).toEqual(people.map((p) => p.userId).sort());
      expect(slices.every((s) => s.length >= 1 && s.length <= size)).toBe(true);
    }
  });

  it('places each report in a slice no later than their manager', () => {
    for (const size of [1, 2, 3, 5]) {
      const sliceOf = new Map<string, number>();
      inSlices(people, managerOf, size).forEach((slice, i) =>
        slice.forEach((p) => sliceOf.set(p.userId, i)),
      );
      for (const [user, manager] of managerOf)
        if (manager !== null)
          expect(sliceOf.get(user)).toBeLessThanOrEqual(sliceOf.get(manager) ?? -1);
    }
  });

  it('leaves out a manager who is not among the people sliced', () => {
    const reportsOnly = people.filter((p) => p.userId !== 'director');
    expect(ids(inSlices(reportsOnly, managerOf, 10))).toEqual([
      ['rep1', 'rep2', 'lead2', 'rep3', 'lead'],
    ]);
  });

  it('gives no slices for no people', () => {
    expect(inSlices([], managerOf, 10)).toEqual([]);
  });
});
