/**
 * Integration suites run at a fixed instant, so that no test depends on the day it runs: a
 * Wednesday in the middle of a month and of a quarter (10:00 in Asia/Shanghai). From there the
 * clock runs at its real pace (to the millisecond, unlike fake timers that tick). A suite that
 * needs another moment (the first day of a month) calls `setNow` itself.
 */
export const TEST_NOW = '2026-11-18T02:00:00.000Z';

const RealDate = Date;
let offset = 0;

/** `Date` as the code under test sees it: the real clock moved by `offset`. */
class ShiftedDate extends RealDate {
  constructor(...args: [] | ConstructorParameters<DateConstructor>) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }

  static override now(): number {
    return RealDate.now() + offset;
  }
}

/** From now on, the clock reads `iso` and moves on from there. */
export function setNow(iso: string): void {
  offset = RealDate.parse(iso) - RealDate.now();
}

/** Called without `new`, `Date()` reads the shifted clock as a string, as the real one does. */
globalThis.Date = new Proxy(ShiftedDate, {
  apply: () => new ShiftedDate().toString(),
}) as DateConstructor;
setNow(TEST_NOW);
