import type { Rng } from './prng.js';

export type IdFactory = (atMs: number) => string;

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/**
 * UUID v7-shaped ids, like the app's own (`newId`), but derived from the simulated time and a
 * run-wide sequence instead of the clock: 48-bit milliseconds, version 7, 12 random bits,
 * variant 10, then 30 bits of sequence and 32 random bits. The sequence makes them unique, the
 * timestamp keeps them time-ordered for B-tree indexes, and the whole is reproducible.
 */
export function createIdFactory(rng: Rng): IdFactory {
  let sequence = 0;
  return (atMs) => {
    sequence += 1;
    const ms = Math.max(0, Math.floor(atMs));
    const high = Math.floor(ms / 2 ** 16);
    const low = ms % 2 ** 16;
    const randA = rng.bits() & 0xfff;
    const seqHigh = (sequence >>> 16) & 0x3fff;
    const seqLow = sequence & 0xffff;
    return [
      hex(high, 8),
      hex(low, 4),
      `7${hex(randA, 3)}`,
      hex(0x8000 | seqHigh, 4),
      `${hex(seqLow, 4)}${hex(rng.bits(), 8)}`,
    ].join('-');
  };
}
