import { namesOf } from '../../platform/http/list-query.js';
import type { FeedbackNames, FeedbackRow } from './feedback.repository.js';
import type { FeedbackOut } from './feedback.schema.js';

/** Reporters in your scope are yours to edit; product and admin otherwise read (and decide). */
export const accessToFeedback = (feedback: { inScope: number }): 'read' | 'write' =>
  Number(feedback.inScope) === 1 ? 'write' : 'read';

export function presentFeedback(
  feedback: FeedbackRow & Partial<FeedbackNames>,
  access: 'read' | 'write',
): FeedbackOut {
  return {
    id: feedback.id,
    title: feedback.title,
    content: feedback.content,
    reporterId: feedback.reporterId,
    ticketId: feedback.ticketId,
    customerId: feedback.customerId,
    status: feedback.status,
    decidedBy: feedback.decidedBy,
    decidedAt: feedback.decidedAt,
    decisionNote: feedback.decisionNote,
    createdAt: feedback.createdAt,
    updatedAt: feedback.updatedAt,
    version: feedback.version,
    access,
    ...namesOf(feedback, ['customerName', 'reporterName']),
  };
}
