import { describe, it, expect } from 'vitest';
import {
  CREATE_THEN_DELETE_USER_THRESHOLD,
  CREATE_THEN_DELETE_WINDOW_MS,
  isCreateThenDelete,
  isCreateThenDeleteUser,
} from './create-then-delete.js';

const HOUR = 60 * 60 * 1000;
const t0 = new Date(Date.UTC(2025, 5, 1, 2, 0, 0));
const after = (ms: number): Date => new Date(t0.getTime() + ms);

describe('isCreateThenDelete (Q7)', () => {
  it('is a deletion within 24 h of creation, 24 h included', () => {
    expect(CREATE_THEN_DELETE_WINDOW_MS).toBe(24 * HOUR);
    expect(isCreateThenDelete(t0, after(5 * 60 * 1000))).toBe(true);
    expect(isCreateThenDelete(t0, after(24 * HOUR))).toBe(true);
    expect(isCreateThenDelete(t0, t0)).toBe(true);
  });

  it('is not a later deletion, nor a record still there', () => {
    expect(isCreateThenDelete(t0, after(24 * HOUR + 1))).toBe(false);
    expect(isCreateThenDelete(t0, null)).toBe(false);
  });

  it('treats a deletion stamped before creation as create-then-delete', () => {
    expect(isCreateThenDelete(t0, after(-1000))).toBe(true);
  });

  it('flags a user from 5 in a period', () => {
    expect(CREATE_THEN_DELETE_USER_THRESHOLD).toBe(5);
    expect(isCreateThenDeleteUser(4)).toBe(false);
    expect(isCreateThenDeleteUser(5)).toBe(true);
    expect(isCreateThenDeleteUser(12)).toBe(true);
    expect(isCreateThenDeleteUser(0)).toBe(false);
  });
});
