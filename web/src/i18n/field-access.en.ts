export const fieldAccessEn = {
  title: 'Field permissions',
  intro:
    'For each role, choose which fields of customers, contacts and leads its people can change, only read, or not see at all. Phones and e-mails can be shown masked (138****1234, z***@example.com); revealing one is recorded in the record’s history. A person with several roles gets the most open choice.',
  field: 'Field',
  saved: 'Field permissions saved.',
  entities: { customer: 'Customers', contact: 'Contacts', lead: 'Leads' },
  choices: {
    editable: 'Editable',
    editable_masked: 'Editable, masked',
    read_only: 'Read-only',
    read_only_masked: 'Read-only, masked',
    hidden: 'Hidden',
  },
  fields: {
    phone: 'Phone',
    email: 'E-mail',
    industry: 'Industry',
    source: 'Source',
    level: 'Level',
    requirement: 'Requirement',
    region: 'Region',
    address: 'Address',
    title: 'Job title',
    note: 'Note',
    contactName: 'Contact name',
  },
};
