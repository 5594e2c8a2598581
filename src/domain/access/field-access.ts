/**
 * Field-level permissions: per role, each controlled field of a record is editable, read-only or
 * hidden, and a phone or e-mail may be shown masked. Pure: the settings come in, the decisions
 * go out; every read path applies them through `applyFieldAccess`.
 */

/** The records and fields an administrator can restrict (required fields are never hidden). */
export const CONTROLLED_FIELDS = {
  customer: ['phone', 'email', 'industry', 'source', 'level', 'requirement', 'region', 'address'],
  contact: ['title', 'phone', 'email', 'note'],
  lead: ['contactName', 'phone', 'email', 'industry', 'region', 'requirement'],
} as const;
export type FieldEntity = keyof typeof CONTROLLED_FIELDS;
export const FIELD_ENTITIES = Object.keys(CONTROLLED_FIELDS) as FieldEntity[];

/** Fields whose value can be shown masked instead of hidden. */
export const MASKABLE_FIELDS = ['phone', 'email'] as const;
export type MaskableField = (typeof MASKABLE_FIELDS)[number];

export const FIELD_MODES = ['editable', 'read_only', 'hidden'] as const;
export type FieldMode = (typeof FIELD_MODES)[number];

/** One setting: for this role, this field of this record is … (and masked, for phones/e-mails). */
export type FieldRule = {
  role: string;
  entity: FieldEntity;
  field: string;
  mode: FieldMode;
  masked: boolean;
};

/** What one person may do with one field, after combining all their roles. */
export type FieldDecision = { mode: FieldMode; masked: boolean };

/** The decisions for one person: entity → field → decision; a field not listed is editable. */
export type FieldView = Partial<Record<FieldEntity, Record<string, FieldDecision>>>;

const OPENNESS: Record<FieldMode, number> = { hidden: 0, read_only: 1, editable: 2 };

export function isControlledField(entity: FieldEntity, field: string): boolean {
  return (CONTROLLED_FIELDS[entity] as readonly string[]).includes(field);
}

export function isMaskable(field: string): field is MaskableField {
  return (MASKABLE_FIELDS as readonly string[]).includes(field);
}

/**
 * The view of a person with these roles. A role with no rule for a field leaves it editable and
 * unmasked; with several roles the most open one wins (a field is masked only when every role
 * masks it), so adding a role never takes anything away.
 */
export function fieldViewFor(roles: readonly string[], rules: readonly FieldRule[]): FieldView {
  const view: FieldView = {};
  for (const entity of FIELD_ENTITIES) {
    const decisions: Record<string, FieldDecision> = {};
    for (const field of CONTROLLED_FIELDS[entity]) {
      let best: FieldDecision | undefined;
      for (const role of roles) {
        const rule = rules.find((r) => r.role === role && r.entity === entity && r.field === field);
        const decision: FieldDecision = rule
          ? { mode: rule.mode, masked: rule.mode !== 'hidden' && rule.masked && isMaskable(field) }
          : { mode: 'editable', masked: false };
        best = best ? moreOpen(best, decision) : decision;
      }
      if (best && (best.mode !== 'editable' || best.masked)) decisions[field] = best;
    }
    if (Object.keys(decisions).length > 0) view[entity] = decisions;
  }
  return view;
}

/** The more open of two decisions; a role that hides a field has no say in its masking. */
function moreOpen(a: FieldDecision, b: FieldDecision): FieldDecision {
  if (a.mode === 'hidden') return b;
  if (b.mode === 'hidden') return a;
  const mode = OPENNESS[a.mode] >= OPENNESS[b.mode] ? a.mode : b.mode;
  return { mode, masked: a.masked && b.masked };
}

export function decisionOf(view: FieldView, entity: FieldEntity, field: string): FieldDecision {
  return view[entity]?.[field] ?? { mode: 'editable', masked: false };
}

/**
 * The fields of `entity` this person does not read whole (hidden, or masked). A search box
 * matches such a field only by its entire value, so that searching cannot spell out, digit by
 * digit, what the mask withholds.
 */
export function notReadWhole(view: FieldView, entity: FieldEntity): ReadonlySet<string> {
  return new Set(
    CONTROLLED_FIELDS[entity].filter((field) => {
      const decision = decisionOf(view, entity, field);
      return decision.mode === 'hidden' || decision.masked;
    }),
  );
}

/** Whether a field is hidden from this person (an export leaves its column out). */
export function hiddenIn(view: FieldView, entity: FieldEntity): (field: string) => boolean {
  return (field) => decisionOf(view, entity, field).mode === 'hidden';
}

/** 13812341234 → 138****1234; shorter numbers keep only their last two characters. */
export function maskPhone(phone: string): string {
  if (phone.length >= 8) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length >= 4) return `****${phone.slice(-2)}`;
  return '****';
}

/** zhang@example.com → z***@example.com (the domain stays: it tells which company). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.slice(0, 1)}***`;
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

export function maskValue(field: MaskableField, value: string): string {
  return field === 'phone' ? maskPhone(value) : maskEmail(value);
}

/**
 * The record as this person may see it: hidden fields become null, masked ones masked. The one
 * place that applies field permissions to output; lists, details, search results, duplicate
 * hints and exports all go through it.
 */
export function applyFieldAccess<T extends object>(
  view: FieldView,
  entity: FieldEntity,
  record: T,
): T {
  const decisions = view[entity];
  if (!decisions) return record;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, decision] of Object.entries(decisions)) {
    if (!(field in out)) continue;
    const value = out[field];
    if (decision.mode === 'hidden') out[field] = null;
    else if (decision.masked && typeof value === 'string' && isMaskable(field))
      out[field] = maskValue(field, value);
  }
  return out as T;
}

/**
 * Checks a write against the person's field permissions. A form sends back what it was shown, so
 * a value equal to what the person sees (the masked value, or null for a hidden field) means
 * "unchanged" and is dropped from the body (it never overwrites the stored value). Any other
 * value of a read-only or hidden field is refused; on create (`current` null) a null is no write.
 */
export function guardFieldWrites<T extends Record<string, unknown>>(
  view: FieldView,
  entity: FieldEntity,
  body: T,
  current: Record<string, unknown> | null,
): { body: T; refused: string[] } {
  const decisions = view[entity];
  if (!decisions) return { body, refused: [] };
  const kept: Record<string, unknown> = { ...body };
  const refused: string[] = [];
  for (const [field, decision] of Object.entries(decisions)) {
    const sent = kept[field];
    if (sent === undefined) continue;
    if (current && sent === applyFieldAccess(view, entity, current)[field]) {
      if (sent !== current[field]) delete kept[field];
      continue;
    }
    if (!current && sent === null) continue;
    if (decision.mode !== 'editable') refused.push(field);
  }
  return { body: kept as T, refused };
}

/** Whether this person sees the field only masked, so revealing it is a separate, logged step. */
export function canReveal(view: FieldView, entity: FieldEntity, field: string): boolean {
  const decision = decisionOf(view, entity, field);
  return decision.mode !== 'hidden' && decision.masked;
}
