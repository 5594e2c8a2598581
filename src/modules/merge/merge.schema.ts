import { z } from 'zod';

const version = z.number().int().min(1);

export const mergeBody = z.object({
  /** The record that goes away; everything of it moves to the record in the path. */
  duplicateId: z.string().min(1).max(64),
  /** The version of the surviving record that was read. */
  version,
  /** The version of the duplicate that was read. */
  duplicateVersion: version,
});
export type MergeBody = z.infer<typeof mergeBody>;
