import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): unique across processes and friendly to B-tree indexes. */
export function newId(): string {
  return v7();
}
