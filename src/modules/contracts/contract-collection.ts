/** One live payment as the collection state needs it. */
export type CollectedPayment = { amountCents: number; receivedOn: string };

export type CollectionState = { paidCents: number; fullyPaidOn: string | null };

/**
 * What has been paid on a contract and the day it became fully paid: the `received_on` of the
 * payment that brought the running total, in received order, up to
 * the amount. A contract of amount 0 has nothing to collect, so it never gets a fully-paid day
 * and stays out of `collection_cycle_days`.
 */
export function collectionState(
  amountCents: number,
  payments: readonly CollectedPayment[],
): CollectionState {
  const ordered = [...payments].sort((a, b) =>
    a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0,
  );
  let paidCents = 0;
  let fullyPaidOn: string | null = null;
  for (const payment of ordered) {
    paidCents += payment.amountCents;
    if (fullyPaidOn === null && amountCents > 0 && paidCents >= amountCents)
      fullyPaidOn = payment.receivedOn;
  }
  return { paidCents, fullyPaidOn };
}
