/**
 * One computation shared by the callers that ask for the same key at nearly the same time, with
 * every answer as fresh as if each had computed alone: a caller never joins a computation that
 * is already running (its reads may predate the caller's request), only the one queued to start
 * when the running one ends. Sixteen people opening the same large team's scorecards at once then
 * cost two computations, not sixteen in a row.
 */
export function sharedComputation<A extends unknown[], V>(
  keyOf: (...args: A) => string,
  compute: (...args: A) => Promise<V>,
): (...args: A) => Promise<V> {
  const running = new Map<string, Promise<V>>();
  const queued = new Map<string, Promise<V>>();
  const settled = () => undefined;
  return (...args) => {
    const key = keyOf(...args);
    const waiting = queued.get(key);
    if (waiting) return waiting;
    // Starts once the running computation (if any) has settled, after this caller's arrival.
    const next: Promise<V> = (running.get(key) ?? Promise.resolve())
      .then(settled, settled)
      .then(() => {
        queued.delete(key);
        running.set(key, next);
        return compute(...args);
      })
      .finally(() => {
        if (running.get(key) === next) running.delete(key);
      });
    queued.set(key, next);
    return next;
  };
}
