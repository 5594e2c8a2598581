import type { FeedbackStatus } from '../../api/service-api';

export const FEEDBACK_STATUS_COLORS: Record<FeedbackStatus, string> = {
  new: 'processing',
  reviewing: 'warning',
  adopted: 'success',
  rejected: 'default',
};
