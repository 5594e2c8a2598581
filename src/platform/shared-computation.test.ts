import { describe, expect, it } from 'vitest';
import { sharedComputation } from './shared-computation.js';

/** A computation per call that the test finishes by hand, recording when each one started. */
function controlled() {
  const started: { key: string; n: number; finish: (value: string) => void; fail: () => void }[] =
    [];
  let count = 0;
  const compute = (key: string) =>
    new Promise<string>((resolve, reject) => {
      const n = ++count;
      started.push({
        key,
        n,
        finish: (value) => resolve(`${value}#${n}`),
        fail: () => reject(new Error(`failed #${n}`)),
      });
    });
  return { started, shared: sharedComputation((key: string) => key, compute) };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('sharedComputation', () => {
  it('shares one computation among callers that arrive before it starts', async () => {
    const { started, shared } = controlled();
    const both = [shared('team'), shared('team')];
    await turn();
    expect(started).toHaveLength(1);
    started[0]?.finish('cards');
    expect(await Promise.all(both)).toEqual(['cards#1', 'cards#1']);
  });

  it('never lets a caller join a computation already running: they share the next one', async () => {
    const { started, shared } = controlled();
    const first = shared('team');
    await turn();
    const later = [shared('team'), shared('team'), shared('team')];
    await turn();
    expect(started).toHaveLength(1);
    started[0]?.finish('old');
    expect(await first).toBe('old#1');
    await turn();
    expect(started).toHaveLength(2);
    started[1]?.finish('fresh');
    expect(await Promise.all(later)).toEqual(['fresh#2', 'fresh#2', 'fresh#2']);
  });

  it('computes anew for a caller after a computation has finished', async () => {
    const { started, shared } = controlled();
    const first = shared('team');
    await turn();
    started[0]?.finish('a');
    await first;
    const second = shared('team');
    await turn();
    started[1]?.finish('b');
    expect(await second).toBe('b#2');
  });

  it('computes different keys independently and at the same time', async () => {
    const { started, shared } = controlled();
    const east = shared('east');
    const west = shared('west');
    await turn();
    expect(started.map((s) => s.key)).toEqual(['east', 'west']);
    started[1]?.finish('w');
    started[0]?.finish('e');
    expect([await east, await west]).toEqual(['e#1', 'w#2']);
  });

  it('rejects the callers of a failed computation and still runs the one queued after it', async () => {
    const { started, shared } = controlled();
    const failing = [shared('team'), shared('team')];
    await turn();
    const queued = shared('team');
    started[0]?.fail();
    for (const call of failing) await expect(call).rejects.toThrow('failed #1');
    await turn();
    expect(started).toHaveLength(2);
    started[1]?.finish('ok');
    expect(await queued).toBe('ok#2');
  });
});
