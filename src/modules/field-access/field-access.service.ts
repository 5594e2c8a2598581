import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import {
  decisionOf,
  fieldViewFor,
  guardFieldWrites,
  type FieldEntity,
  type FieldView,
  type MaskableField,
} from '../../domain/access/field-access.js';
import { AppError } from '../../platform/errors/app-error.js';
import { recordReveal, writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.repository.js';
import { fieldAccessSettings, type FieldAccessSettings } from './field-access.schema.js';

const SETTING_KEY = 'field_access';

export async function readFieldAccess(db: Db): Promise<FieldAccessSettings> {
  const stored = await readSetting(db.kysely, SETTING_KEY);
  if (!stored) return { rules: [] };
  const parsed = fieldAccessSettings.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : { rules: [] };
}

/** Saves the rules (one per role, record and field: a later duplicate replaces an earlier one). */
export async function writeFieldAccess(
  db: Db,
  actor: Actor,
  sent: FieldAccessSettings,
): Promise<FieldAccessSettings> {
  const byKey = new Map(sent.rules.map((r) => [`${r.role}/${r.entity}/${r.field}`, r]));
  const after: FieldAccessSettings = {
    rules: [...byKey.values()].filter((r) => r.mode !== 'editable' || r.masked),
  };
  const before = await readFieldAccess(db);
  await inTransaction(db, async (trx) => {
    await writeSetting(trx, SETTING_KEY, JSON.stringify(after));
    await writeHistory(trx, {
      entity: 'settings',
      entityId: SETTING_KEY,
      action: 'update',
      actorId: actor.id,
      before: { rules: JSON.stringify(before.rules) },
      after: { rules: JSON.stringify(after.rules) },
    });
  });
  return after;
}

/** What this person may do with each controlled field; read once per request. */
export async function fieldViewOf(db: Db, actor: Actor): Promise<FieldView> {
  return fieldViewFor(actor.roles, (await readFieldAccess(db)).rules);
}

/**
 * The body of a write with unchanged masked or hidden values dropped; refuses (403
 * field_read_only, with each field's path) a change to a field read-only or hidden for this person.
 */
export function checkedFieldWrites<T extends Record<string, unknown>>(
  view: FieldView,
  entity: FieldEntity,
  body: T,
  current: Record<string, unknown> | null,
): T {
  const { body: kept, refused } = guardFieldWrites(view, entity, body, current);
  if (refused.length === 0) return kept;
  const message = 'You may not change this field';
  throw new AppError(
    'field_read_only',
    'Some fields are read-only for you',
    refused.map((field) => ({ path: field, message, code: 'field_read_only' as const })),
  );
}

/**
 * The full value of a phone or e-mail the person sees masked, recorded in the record's history
 * (who revealed which field, when; never the value) before it is returned.
 */
export async function revealField(
  db: Db,
  actor: Actor,
  entity: FieldEntity,
  record: { id: string } & Partial<Record<MaskableField, string | null>>,
  field: MaskableField,
): Promise<{ field: MaskableField; value: string | null }> {
  const view = await fieldViewOf(db, actor);
  if (decisionOf(view, entity, field).mode === 'hidden')
    throw new AppError('field_hidden', 'This field is hidden for you', [
      { path: 'field', message: 'This field is hidden for you', code: 'field_hidden' as const },
    ]);
  await recordReveal(db.kysely, { entity, entityId: record.id, field, actorId: actor.id });
  return { field, value: record[field] ?? null };
}
