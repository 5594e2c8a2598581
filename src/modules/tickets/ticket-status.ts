import type { TicketStatus } from '../../db/tables/crm.table.js';

/**
 * Where a ticket may go next. Work moves open ⇄ pending → resolved → closed; a resolved ticket
 * can be reopened; a closed ticket is final (open a new one instead).
 */
const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ['pending', 'resolved'],
  pending: ['open', 'resolved'],
  resolved: ['closed', 'open'],
  closed: [],
};

export function canMoveTicket(from: TicketStatus, to: TicketStatus): boolean {
  return NEXT[from].includes(to);
}

/** Ratings are given on work that is done. */
export const isRateable = (status: TicketStatus): boolean =>
  status === 'resolved' || status === 'closed';
