import type { FeedbackStatus } from '../../db/tables/crm.table.js';

/**
 * The product-feedback workflow. Reviewing is an optional step: a product manager may decide
 * a clear case straight from `new`. Adopted and rejected are final.
 */
const NEXT: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  new: ['reviewing', 'adopted', 'rejected'],
  reviewing: ['adopted', 'rejected'],
  adopted: [],
  rejected: [],
};

export function canMoveFeedback(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return NEXT[from].includes(to);
}

export const isDecided = (status: FeedbackStatus): boolean => NEXT[status].length === 0;
