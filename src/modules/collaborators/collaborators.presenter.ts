import type { CollaboratorRow } from './collaborators.repository.js';
import type { CollaboratorOut } from './collaborators.schema.js';

export function presentCollaborator(row: CollaboratorRow, now: string): CollaboratorOut {
  return {
    userId: row.userId,
    userName: row.userName,
    access: row.access,
    until: row.until,
    expired: row.until !== null && row.until <= now,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
