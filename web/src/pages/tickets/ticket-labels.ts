import type { TicketPriority, TicketStatus } from '../../api/service-api';

export const TICKET_STATUS_COLORS: Record<TicketStatus, string> = {
  open: 'processing',
  pending: 'warning',
  resolved: 'success',
  closed: 'default',
};

export const PRIORITY_COLORS: Record<TicketPriority, string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

export const TICKETS_KEY = ['tickets'] as const;
