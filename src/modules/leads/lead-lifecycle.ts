export type LeadStatus = 'new' | 'working' | 'converted' | 'disqualified';

/** Statuses a lead may be put in by editing it; the closing ones have their own use cases. */
export const EDITABLE_LEAD_STATUSES = ['new', 'working'] as const;

/**
 * Why a lead can no longer change, or null while it is open. A closed lead is final: its
 * outcome and quality rating feed the conversion and lead-quality metrics of the period it closed in.
 */
export function closedLeadReason(status: LeadStatus): string | null {
  switch (status) {
    case 'new':
    case 'working':
      return null;
    case 'converted':
      return 'This lead has been converted and can no longer be changed';
    case 'disqualified':
      return 'This lead has been disqualified and can no longer be changed';
  }
}
