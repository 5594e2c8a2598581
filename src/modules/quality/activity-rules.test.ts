import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burstFindings, burstJoiners, type QualityActivity } from './activity-rules.js';

const T0 = Date.parse('2026-03-02T01:00:00.000Z');
const MINUTE = 60_000;

/** An activity of u1 recorded `minutes` after T0. */
const recorded = (id: string, minutes: number, extra: Partial<QualityActivity> = {}) =>
  ({
    id,
    actorId: 'u1',
    content: '电话沟通交付周期和价格',
    occurredAt: new Date(T0 + minutes * MINUTE).toISOString(),
    recordedAt: new Date(T0 + minutes * MINUTE).toISOString(),
    deletedAt: null,
    importJobId: null,
    ...extra,
  }) satisfies QualityActivity;

/** `count` activities one minute apart from `start`, ids prefix0, prefix1, … */
const run = (prefix: string, start: number, count: number) =>
  Array.from({ length: count }, (_, i) => recorded(`${prefix}${i}`, start + i));

const byRecordedTime = (a: QualityActivity, b: QualityActivity) =>
  a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.id < b.id ? -1 : 1;

/** Full evaluation: the ids in a burst once `added` is written. */
const allBursting = (pool: QualityActivity[]) =>
  burstFindings(pool, new Set(pool.map((a) => a.id))).map((f) => f.recordId);

/**
 * The neighbours the write path reads (`authorActivities`, 19 each side): those of the user's
 * entered activities within 10 minutes of `added` nearest to it, recorded at or before it and
 * after it.
 */
const nearest = (pool: readonly QualityActivity[], added: QualityActivity) => {
  const at = Date.parse(added.recordedAt);
  const entered = pool.filter((a) => a.importJobId === null).sort(byRecordedTime);
  const earlier = entered.filter(
    (a) => Date.parse(a.recordedAt) >= at - 10 * MINUTE && a.recordedAt <= added.recordedAt,
  );
  const later = entered.filter(
    (a) => a.recordedAt > added.recordedAt && Date.parse(a.recordedAt) < at + 10 * MINUTE,
  );
  return [...earlier.slice(-19), ...later.slice(0, 19)];
};

describe('burstJoiners', () => {
  it('is nothing while the new activity leaves every window at 9 or fewer', () => {
    expect(burstJoiners(run('a', 0, 8), recorded('new', 8))).toEqual([]);
  });

  it('is the whole window when the new activity is its tenth', () => {
    const before = run('a', 0, 9);
    const joiners = burstJoiners(before, recorded('new', 9.99));
    expect(joiners.sort()).toEqual([...before.map((a) => a.id), 'new'].sort());
  });

  it('is only the new activity inside a burst already formed, however long', () => {
    const before = run('a', 0, 300).map((a, i) => ({
      ...a,
      recordedAt: new Date(T0 + i * 1000).toISOString(),
    }));
    expect(burstJoiners(before, recorded('new', 5.5))).toEqual(['new']);
    // So it is from the neighbours the write path reads, at the run's end as in its middle.
    for (const added of [recorded('new', 5.5), recorded('new', 4.99)])
      expect(burstJoiners(nearest(before, added), added)).toEqual(['new']);
  });

  it('adds the ones a new activity links into a burst beside an existing one, and no others', () => {
    // a0…a9 are a burst (0–9 min); b0…b8 (20–28 min) are 9 alone; one at 28.5 min makes b a burst.
    const before = [...run('a', 0, 10), ...run('b', 20, 9)];
    const joiners = burstJoiners(before, recorded('new', 28.5));
    expect(joiners.sort()).toEqual([...run('b', 20, 9).map((a) => a.id), 'new'].sort());
  });

  it('never names a deleted or imported activity, though they count towards the window', () => {
    const before = run('a', 0, 9).map((a, i) => {
      if (i === 0) return { ...a, deletedAt: new Date(T0 + 60 * MINUTE).toISOString() };
      return i === 1 ? { ...a, importJobId: 'job1' } : a;
    });
    // Deleted a0 counts (a burst is how records were entered); imported a1 does not: 9 with new.
    expect(burstJoiners(before, recorded('new', 9.5))).toEqual([]);
    const tenth = recorded('a9', 9.6);
    const joiners = burstJoiners([...before, tenth], recorded('new', 9.7));
    expect(joiners).not.toContain('a0');
    expect(joiners).not.toContain('a1');
    expect(joiners.sort()).toEqual(['a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'new']);
  });

  it('together with the bursts already found, gives what evaluating the whole pool gives', () => {
    // Activities arriving one by one at irregular times: the union of joiners over the arrivals
    // is exactly the set a full evaluation of the final pool flags.
    const gaps = [0.5, 3, 0.2, 0.2, 4, 0.1, 0.1, 0.3, 0.9, 2, 0.4, 11, 0.2, 0.2, 0.2, 0.3, 0.3];
    const pool: QualityActivity[] = [];
    const flagged = new Set<string>();
    let minutes = 0;
    for (const [i, gap] of [...gaps, ...gaps, ...gaps].entries()) {
      minutes += gap;
      const added = recorded(`x${i}`, minutes);
      for (const id of burstJoiners(pool, added)) flagged.add(id);
      pool.push(added);
    }
    expect([...flagged].sort()).toEqual(allBursting(pool).sort());
    expect(flagged.size).toBeGreaterThan(10);
    expect(flagged.size).toBeLessThan(pool.length);
  });

  it('finds from the 19 nearest neighbours each side every activity the whole pool would', () => {
    // Arrivals at any time (a clock set back, ties), runs far longer than a window, some imported.
    // Each arrival's joiners from the bounded neighbours hold every joiner found from all the
    // activities, and nothing outside a burst (one already in a burst may be named again: its flag
    // stands).
    const arrival = fc.record({
      minutes: fc.integer({ min: 0, max: 300 }).map((tenths) => tenths / 10),
      imported: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    });
    fc.assert(
      fc.property(fc.array(arrival, { minLength: 1, maxLength: 150 }), (arrivals) => {
        const pool: QualityActivity[] = [];
        for (const [i, { minutes, imported }] of arrivals.entries()) {
          const id = `x${String(i).padStart(3, '0')}`;
          const added = recorded(id, minutes, imported ? { importJobId: 'job' } : {});
          const bounded = new Set(burstJoiners(nearest(pool, added), added));
          for (const joiner of burstJoiners(pool, added)) expect(bounded).toContain(joiner);
          pool.push(added);
          const bursting = new Set(allBursting(pool));
          for (const joiner of bounded) expect(bursting).toContain(joiner);
        }
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
