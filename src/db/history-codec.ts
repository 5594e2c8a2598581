import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * How a history row's `changes` document is stored: raw deflate against a preset dictionary of
 * the document's own structure, behind one version byte. A document is short (a few hundred
 * bytes, mostly field names and `[null,"…"]` pairs), too short to compress well alone; with the
 * dictionary the stored size is about half (S: 19.8 → 10.3 MB). The chain's hashes cover the
 * document's text, never these bytes, so the stored form can change without re-hashing.
 *
 * A stored value names its dictionary by its first byte and must decode forever: the field list
 * below is frozen (history-codec.test.ts checks its digest). A better dictionary is a new version
 * with its own list, and this one stays for the rows written with it.
 */
const VERSION_1 = 1;

/**
 * The fields of the CRM's records as they appear in the documents, the most frequent last
 * (deflate reaches nearer matches with shorter codes). Other fields still compress, only less; a
 * longer dictionary costs time on every call (all 242 columns: +25 % per row for 0.2 % less size).
 */
const FIELDS_1 = `
  locale code parentId unitPriceCents budgetCents channel managerId departmentId joinedOn roles
  active renewalOf decidedAt decidedBy decisionNote reporterId fullyPaidOn lastDealOn number
  signedOn endOn startOn opportunityId method planId receivedOn dueOn disqualifyReason campaignId
  rating ratingComment paidCents closeReason contactName closedBy qualityRating statusEffectiveAt
  company sourceUserId contractId resolvedAt resolvedBy firstResponseAt assigneeId description
  priority expectedCloseOn address deletedAt contactId currency closedAt level source email
  authorId body ticketId amountCents requirement industry region isPrimary completedAt
  completedByActivityId dueAt executed note title lastTouchedAt stageId phone name status
  createdBy actorId occurredAt type valid content recordedAt timely recordId recordType customerId
  ownerId id
`
  .trim()
  .split(/\s+/);

/** Each field as a creation writes it (`"f":[null,"`), then common fragments of values. */
const DICTIONARY_1 = Buffer.from(
  FIELDS_1.map((f) => `"${f}":[null,"`).join('') +
    '"],"' +
    '.000Z"],"' +
    '-8000-' +
    '[null,"0"],' +
    '[null,"1"],' +
    '{"id":[null,"019',
);

/** sha256 of the version 1 dictionary: it may never change (see above). */
export function dictionaryDigest(): string {
  return createHash('sha256').update(DICTIONARY_1).digest('hex');
}

/** What `encodeChanges` writes with: for an encoder on another thread (background-encoder.ts). */
export const STORED_FORM = { version: VERSION_1, dictionary: DICTIONARY_1 } as const;

/** The stored form of a `changes` document. */
export function encodeChanges(document: string): Buffer {
  const packed = deflateRawSync(document, { dictionary: DICTIONARY_1 });
  return Buffer.concat([Buffer.of(VERSION_1), packed]);
}

/** The `changes` document of a stored value; throws on a version it does not know. */
export function decodeChanges(stored: Uint8Array): string {
  const version = stored[0];
  if (version !== VERSION_1)
    throw new Error(`history changes: unknown stored form ${String(version)}`);
  const packed = Buffer.from(stored.buffer, stored.byteOffset + 1, stored.byteLength - 1);
  return inflateRawSync(packed, { dictionary: DICTIONARY_1 }).toString('utf8');
}
