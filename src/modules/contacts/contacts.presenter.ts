import { applyFieldAccess, type FieldView } from '../../domain/access/field-access.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { ContactRow } from './contacts.repository.js';
import type { ContactOut } from './contacts.schema.js';

/** A contact as the caller may see it: fields hidden or masked for them come out so. */
export function presentContact(
  contact: ContactRow & { customerName?: string | null },
  access: 'read' | 'write',
  view: FieldView,
): ContactOut {
  return applyFieldAccess(view, 'contact', {
    id: contact.id,
    customerId: contact.customerId,
    name: contact.name,
    title: contact.title,
    phone: contact.phone,
    email: contact.email,
    isPrimary: contact.isPrimary === 1,
    note: contact.note,
    createdBy: contact.createdBy,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    version: contact.version,
    access,
    ...namesOf(contact, ['customerName']),
  });
}

/** The fields the history log follows for a contact. */
export function contactSnapshot(contact: ContactRow): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = contact;
  return fields;
}
