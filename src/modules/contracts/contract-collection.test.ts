import { describe, expect, it } from 'vitest';
import { collectionState } from './contract-collection.js';

const pay = (amountCents: number, receivedOn: string) => ({ amountCents, receivedOn });

describe('collectionState', () => {
  it('is unpaid with no payments', () => {
    expect(collectionState(1000, [])).toEqual({ paidCents: 0, fullyPaidOn: null });
  });

  it('takes the received day of the payment that reaches the amount, whatever the input order', () => {
    const payments = [pay(500, '2026-03-10'), pay(300, '2026-01-05'), pay(400, '2026-02-01')];
    expect(collectionState(700, payments)).toEqual({ paidCents: 1200, fullyPaidOn: '2026-02-01' });
  });

  it('counts reaching the amount exactly as fully paid', () => {
    expect(collectionState(700, [pay(300, '2026-01-05'), pay(400, '2026-01-06')]).fullyPaidOn).toBe(
      '2026-01-06',
    );
  });

  it('stays not fully paid below the amount', () => {
    expect(collectionState(701, [pay(300, '2026-01-05'), pay(400, '2026-01-06')])).toEqual({
      paidCents: 700,
      fullyPaidOn: null,
    });
  });

  it('never marks a zero-amount contract fully paid', () => {
    expect(collectionState(0, [pay(100, '2026-01-05')])).toEqual({
      paidCents: 100,
      fullyPaidOn: null,
    });
  });
});
