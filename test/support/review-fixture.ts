import type { Db } from '../../src/db/database.js';
import type { CycleStatus } from '../../src/domain/appraisal/cycle-workflow.js';
import type { TemplateItem } from '../../src/domain/appraisal/template-item.js';

let counter = 0;
const id = (prefix: string) => `${prefix}-${(++counter).toString().padStart(5, '0')}`;

/** A template of the given items (default grades) with its first version; returns both ids. */
export async function insertTemplate(db: Db, key: string, role: string, items: TemplateItem[]) {
  const templateId = id('tpl');
  const versionId = id('tplv');
  await db.kysely
    .insertInto('templates')
    .values({
      id: templateId,
      key,
      role,
      nameZh: key,
      nameEn: key,
      currentVersionId: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  await db.kysely
    .insertInto('templateVersions')
    .values({
      id: versionId,
      templateId,
      number: 1,
      items: JSON.stringify(items),
      grades: JSON.stringify({ S: 110, A: 90, B: 75, C: 60 }),
      note: 'first',
      authorId: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  await db.kysely
    .updateTable('templates')
    .set({ currentVersionId: versionId })
    .where('id', '=', templateId)
    .execute();
  return { templateId, versionId };
}

export type StoredPerson = {
  userId: string;
  total: number | null;
  grade: string | null;
  /** metric → [value, stored score]; null value = N/A. */
  items: Record<string, [number | null, number | null]>;
};

/**
 * A cycle over one Shanghai month as its rows would stand after scoring (status as given):
 * participants under one template version, their results and item scores.
 */
export async function insertScoredCycle(
  db: Db,
  input: {
    name: string;
    month: string; // YYYY-MM
    status: CycleStatus;
    versionId: string;
    template: TemplateItem[];
    people: StoredPerson[];
  },
): Promise<string> {
  const [year, month] = input.month.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1, 1) - 8 * 3_600_000);
  const end = new Date(Date.UTC(year, month, 1) - 8 * 3_600_000);
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const cycleId = id('cyc');
  await db.kysely
    .insertInto('cycles')
    .values({
      id: cycleId,
      name: input.name,
      kind: 'month',
      firstDay: `${input.month}-01`,
      lastDay,
      periodStart: start.toISOString(),
      periodEnd: end.toISOString(),
      zone: 'Asia/Shanghai',
      status: input.status,
      createdBy: null,
      createdAt: start.toISOString(),
      openedAt: start.toISOString(),
      frozenAt: end.toISOString(),
      publishedAt: input.status === 'published' ? end.toISOString() : null,
      archivedAt: null,
      computedAt: end.toISOString(),
      scoredAt: end.toISOString(),
    })
    .execute();
  for (const person of input.people) {
    await db.kysely
      .insertInto('cycleParticipants')
      .values({
        cycleId,
        userId: person.userId,
        role: 'sales',
        templateVersionId: input.versionId,
        managerId: null,
        targets: '{}',
      })
      .execute();
    const resultId = id('res');
    await db.kysely
      .insertInto('cycleResults')
      .values({
        id: resultId,
        cycleId,
        userId: person.userId,
        total: person.total,
        grade: person.grade,
        applicableShare: 1,
        computedAt: end.toISOString(),
      })
      .execute();
    for (const item of input.template) {
      const [value, score] = person.items[item.metric] ?? [null, null];
      await db.kysely
        .insertInto('cycleResultItems')
        .values({
          id: id('item'),
          resultId,
          ...item,
          value,
          numerator: value,
          denominator: value === null ? 0 : 1,
          naReason: value === null ? 'below_min_sample' : null,
          score,
          adjustedScore: null,
          adjustReason: null,
          adjustedBy: null,
          adjustedAt: null,
          pace: null,
        })
        .execute();
    }
  }
  return cycleId;
}
