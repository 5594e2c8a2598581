/** Quick capture: log a follow-up from anywhere. */
export const captureEn = {
  open: 'Quick capture',
  shortcut: 'Log a call or visit (press N or Ctrl+K)',
  title: 'Log a follow-up',
  type: 'Type',
  content: 'What happened',
  contentHint: 'Who you spoke to, what was agreed, what comes next…',
  contentRequired: 'Describe the follow-up.',
  customerRequired: 'Choose a customer.',
  occurredAt: 'When it happened',
  withNext: 'Plan the next follow-up',
  nextDue: 'Next follow-up due',
  nextDueRequired: 'Choose when to follow up next.',
  nextNote: 'Note for next time',
  nextNoteHint: 'e.g. send the quotation',
  saved: 'Follow-up logged.',
  excluded: 'Logged, but it will not count: {{reasons}}.',
  review: 'Logged and counted, with a note: {{reasons}}.',
  reasonSeparator: '; ',
  reasons: {
    thin: 'the content is too thin (under 10 characters)',
    copy: 'it repeats an earlier follow-up of yours word for word',
    burst: 'many follow-ups were logged within 10 minutes, so it is flagged for review',
    backfill:
      'it was recorded more than 72 h after it happened, so it is flagged for review and not on time',
    late: 'it was recorded more than 24 h after it happened, so it does not count as on time',
  },
};
