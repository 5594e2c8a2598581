import { createHash } from 'node:crypto';
import { normaliseContent } from '../domain/quality/copy-paste.js';

/**
 * A 32-bit key of the Q4 normal form, stored with every activity so that the write path finds an
 * author's possible copies by an index lookup instead of reading their whole week. Different texts
 * can share a key: a key only narrows the candidates, their normal forms decide.
 */
export function contentKey(content: string | null | undefined): number {
  return createHash('sha256').update(normaliseContent(content)).digest().readInt32BE(0);
}
