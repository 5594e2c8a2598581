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
};
