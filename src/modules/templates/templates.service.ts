import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { DEFAULT_TEMPLATES } from '../../domain/appraisal/default-templates.js';
import {
  templateRoleFor,
  type TemplateContent,
  type TemplateItem,
  type TemplateRole,
} from '../../domain/appraisal/template-item.js';
import type { MetricUnit } from '../../domain/metrics/catalog.js';
import { validateScoringRule } from '../../domain/scoring/scoring-rule.js';
import { withinUnit } from '../../domain/scoring/user-target.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  notFound,
  type ErrorDetail,
  fieldProblem,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import type { MetricCatalog } from '../metrics/metric-catalog.js';
import { findVersions } from '../appraisal/appraisal.repository.js';
import { contentOf, defaultGrades } from '../appraisal/template-content.js';
import { diffTemplateItems } from './template-diff.js';
import * as repo from './templates.repository.js';
import type { NewVersionInput } from './templates.schema.js';

const RULE_MESSAGES = {
  not_finite: 'floor, target and cap must be numbers',
  target_equals_floor: 'target must differ from floor',
  target_on_wrong_side_of_floor: 'target must be better than floor in the metric’s direction',
  cap_below_100: 'cap must be at least 100',
} as const;

const unitRange = (unit: MetricUnit) =>
  unit === 'percent' ? 'a percentage, as a fraction 0..1' : `${unit}, at least 0`;

const UNIT_PROBLEMS = {
  floor: 'floor_outside_unit_range',
  target: 'target_outside_unit_range',
} as const;

/**
 * Field errors for items that name unknown metrics, repeat a metric, have a floor or target the
 * metric's unit cannot take, or have impossible rules (METRICS.md "Scoring").
 */
export function validateItems(
  items: readonly TemplateItem[],
  catalog: MetricCatalog,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const definition = catalog.get(item.metric)?.definition;
    if (!definition) {
      problems.push(
        fieldProblem(`items.${index}.metric`, 'metric_unknown', `unknown metric "${item.metric}"`, {
          metric: item.metric,
        }),
      );
      return;
    }
    if (seen.has(item.metric))
      problems.push(fieldProblem(`items.${index}.metric`, 'listed_twice', 'metric appears twice'));
    seen.add(item.metric);
    for (const field of ['floor', 'target'] as const) {
      if (withinUnit(definition.unit, item[field])) continue;
      problems.push(
        fieldProblem(
          `items.${index}.${field}`,
          UNIT_PROBLEMS[field],
          `${field} is not a possible value of the metric’s unit (${unitRange(definition.unit)})`,
        ),
      );
    }
    for (const problem of validateScoringRule({
      dir: definition.dir,
      floor: item.floor,
      target: item.target,
      cap: item.cap,
    })) {
      problems.push(
        fieldProblem(`items.${index}.target`, 'template_item_problem', RULE_MESSAGES[problem]),
      );
    }
  });
  return problems;
}

async function addVersion(
  trx: Executor,
  templateId: string,
  content: TemplateContent,
  note: string,
  authorId: string | null,
) {
  const version: repo.TemplateVersionRow = {
    id: newId(),
    templateId,
    number: (await repo.latestVersionNumber(trx, templateId)) + 1,
    items: JSON.stringify(content.items),
    grades: JSON.stringify(content.grades),
    note,
    authorId,
    createdAt: nowIso(),
  };
  await repo.insertVersion(trx, version);
  await repo.setCurrentVersion(trx, templateId, version.id);
  return version;
}

/** Creates the four role templates of METRICS.md once, each with its first version. */
export async function ensureDefaultTemplates(db: Db): Promise<void> {
  const existing = new Set((await repo.listTemplates(db.kysely)).map((t) => t.key));
  for (const [role, template] of Object.entries(DEFAULT_TEMPLATES) as [
    TemplateRole,
    (typeof DEFAULT_TEMPLATES)[TemplateRole],
  ][]) {
    if (existing.has(role)) continue;
    await inTransaction(db, async (trx) => {
      const id = newId();
      await repo.insertTemplate(trx, {
        id,
        key: role,
        role,
        nameZh: template.nameZh,
        nameEn: template.nameEn,
        currentVersionId: null,
        createdAt: nowIso(),
      });
      await addVersion(trx, id, template.content, 'Default template (METRICS.md)', null);
    });
  }
}

export async function listTemplatesWithCurrent(db: Db) {
  const templates = await repo.listTemplates(db.kysely);
  const versions = await findVersions(
    db.kysely,
    templates.flatMap((t) => (t.currentVersionId ? [t.currentVersionId] : [])),
  );
  const byId = new Map(versions.map((v) => [v.id, v]));
  return templates.map((template) => ({
    template,
    current: template.currentVersionId ? (byId.get(template.currentVersionId) ?? null) : null,
  }));
}

export async function listTemplateVersions(db: Db, templateId: string) {
  if (!(await repo.findTemplate(db.kysely, templateId))) throw notFound('template');
  return repo.listVersions(db.kysely, templateId);
}

export async function getVersion(db: Db, versionId: string) {
  const version = await repo.findVersion(db.kysely, versionId);
  if (!version) throw notFound('template_version');
  return version;
}

/** Every edit makes a new, immutable version; cycles keep the version they were opened with. */
export async function createTemplateVersion(
  db: Db,
  actor: Actor,
  templateId: string,
  input: NewVersionInput,
) {
  const template = await repo.findTemplate(db.kysely, templateId);
  if (!template) throw notFound('template');
  const items: TemplateItem[] = input.items.map((i) => ({
    metric: i.metric,
    weight: i.weight,
    floor: i.floor,
    target: i.target,
    cap: i.cap,
    minSample: i.minSample,
  }));
  const problems = validateItems(items, await loadMetricCatalog(db));
  if (problems.length > 0)
    throw new AppError('validation_failed', 'The template has invalid items', problems);
  return inTransaction(db, async (trx) => {
    const previous = template.currentVersionId
      ? await repo.findVersion(trx, template.currentVersionId)
      : undefined;
    const content: TemplateContent = {
      items,
      grades: input.grades ?? (previous ? contentOf(previous).grades : defaultGrades()),
    };
    const version = await addVersion(trx, templateId, content, input.note, actor.id);
    await writeHistory(trx, {
      entity: 'template',
      entityId: templateId,
      action: 'update',
      actorId: actor.id,
      before: { currentVersion: previous?.number ?? null },
      after: { currentVersion: version.number, note: input.note },
    });
    return version;
  });
}

export async function diffVersions(db: Db, fromId: string, toId: string) {
  const [from, to] = await Promise.all([getVersion(db, fromId), getVersion(db, toId)]);
  return diffTemplateItems(contentOf(from).items, contentOf(to).items);
}

/** The item for a metric in the current template of the role that appraises a person, if any. */
export async function currentTemplateItem(
  executor: Executor,
  roles: readonly string[],
  metric: string,
): Promise<TemplateItem | undefined> {
  const role = templateRoleFor(roles);
  const template = role ? await repo.findTemplateByRole(executor, role) : undefined;
  const version = template?.currentVersionId
    ? await repo.findVersion(executor, template.currentVersionId)
    : undefined;
  return version ? contentOf(version).items.find((item) => item.metric === metric) : undefined;
}
