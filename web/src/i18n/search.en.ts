/** The header search, duplicates before saving and merges. */
export const searchEn = {
  placeholder: 'Search customers, contacts, phones…',
  shortcut: 'Press / to search',
  label: 'Search records',
  empty: 'Nothing found in the records you can see',
  more: 'More {{type}} match — type more to narrow down',
  types: {
    customer: 'Customers',
    contact: 'Contacts',
    lead: 'Leads',
    opportunity: 'Opportunities',
    contract: 'Contracts',
    ticket: 'Tickets',
  },
  duplicates: {
    title: 'This may already exist',
    intro: 'Before saving, check these existing records:',
    hidden:
      'A similar {{entity}} exists that you cannot see ({{by}}). Ask your manager before adding it again.',
    open: 'Open the existing one',
    saveAnyway: 'Save anyway',
    by: { phone: 'same phone', email: 'same e-mail', name: 'same name' },
    entities: { customer: 'customer', lead: 'lead', contact: 'contact' },
  },
  merge: {
    action: 'Merge a duplicate',
    title: 'Merge a duplicate into {{name}}',
    intro:
      'Everything of the duplicate — contacts, opportunities, follow-ups, plans, contracts, tickets, feedback — moves here, its empty fields fill this customer’s, and the duplicate is deleted. Both histories keep the merge.',
    duplicate: 'Duplicate customer',
    confirm: 'Merge',
    done: '{{name}} was merged into this customer.',
    leadAction: 'Merge a duplicate',
    leadIntro:
      'The duplicate lead’s follow-ups and plans move here, its empty fields fill this lead’s, and the duplicate is deleted. Both histories keep the merge.',
    leadDuplicate: 'Duplicate lead',
    leadDone: '{{name}} was merged into this lead.',
    flagResolved: 'Merged — open the record kept',
    mergedFrom: 'Merged from',
    mergedInto: 'Merged into',
  },
};
