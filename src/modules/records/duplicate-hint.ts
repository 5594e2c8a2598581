import { z } from 'zod';

/**
 * A record that may duplicate the one being entered. Whether a duplicate exists is always
 * told (it is the point of the hint); who it is, its phone and its owner only to those who may
 * see the record (`visible`).
 */
export const duplicateHintOut = z.object({
  visible: z.boolean(),
  id: z.string().nullable(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  ownerId: z.string().nullable(),
  matchedBy: z.enum(['phone', 'name']),
});
export type DuplicateHint = z.infer<typeof duplicateHintOut>;

type Candidate = {
  id: string;
  name: string;
  phone: string | null;
  ownerId: string | null;
  phoneKey: string | null;
};

export function duplicateHint(
  candidate: Candidate,
  phoneKey: string | null,
  visible: boolean,
): DuplicateHint {
  const matchedBy = phoneKey !== null && candidate.phoneKey === phoneKey ? 'phone' : 'name';
  if (!visible) return { visible, id: null, name: null, phone: null, ownerId: null, matchedBy };
  const { id, name, phone, ownerId } = candidate;
  return { visible, id, name, phone, ownerId, matchedBy };
}
