import type { Db } from '../../db/database.js';
import type { Cell } from '../../platform/export/csv.js';
import type { ExportCells, Words } from '../../platform/export/export-columns.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { countEvidence } from '../scorecard/evidence.service.js';
import { scoringOf } from './cycle-compute.js';
import { listResults, loadResult } from './cycle-results.service.js';

/** Results read per query while exporting a cycle. */
const RESULTS_PAGE_SIZE = 50;

const ROLES: Record<string, Words> = {
  admin: { en: 'Administrator', 'zh-CN': '管理员' },
  executive: { en: 'Executive', 'zh-CN': '高管' },
  manager: { en: 'Manager', 'zh-CN': '经理' },
  sales: { en: 'Sales', 'zh-CN': '销售' },
  service: { en: 'Service', 'zh-CN': '客服' },
  marketing: { en: 'Marketing', 'zh-CN': '市场' },
  product: { en: 'Product', 'zh-CN': '产品' },
  hr: { en: 'HR', 'zh-CN': '人事' },
};

/**
 * The reason a misconfigured item is not applicable (its score is N/A): written like the other
 * reasons, as the code docs/METRICS.md names, whatever the language.
 */
const MISCONFIGURED = 'misconfigured';

/** One row per person and appraisal item. */
export const CYCLE_RESULT_HEADERS: Words[] = [
  { en: 'Cycle', 'zh-CN': '考核周期' },
  { en: 'Person', 'zh-CN': '被考核人' },
  { en: 'Role', 'zh-CN': '角色' },
  { en: 'Total score', 'zh-CN': '总分' },
  { en: 'Grade', 'zh-CN': '等级' },
  { en: 'Item', 'zh-CN': '考核项' },
  { en: 'Weight', 'zh-CN': '权重' },
  { en: 'Target', 'zh-CN': '目标' },
  { en: 'Value', 'zh-CN': '实际值' },
  { en: 'Score', 'zh-CN': '得分' },
  { en: 'Adjustment reason', 'zh-CN': '调整原因' },
  { en: 'Not applicable because', 'zh-CN': '不适用原因' },
  { en: 'Evidence records', 'zh-CN': '依据记录数' },
  { en: 'Records counted', 'zh-CN': '计入记录数' },
];

/**
 * The results of a cycle the actor may see (their data scope, as the results list), item by
 * item with the number of records behind each (the evidence drawer's records) and how many count.
 * A score adjusted by the manager is exported as adjusted.
 */
export async function* cycleResultRows(
  db: Db,
  actor: Actor,
  cycleId: string,
  cells: ExportCells,
): AsyncGenerator<Cell[]> {
  const catalog = await loadMetricCatalog(db);
  for (let offset = 0; ; offset += RESULTS_PAGE_SIZE) {
    const page = await listResults(db, actor, cycleId, { limit: RESULTS_PAGE_SIZE, offset });
    for (const summary of page.items) {
      const { result, cycle, items } = await loadResult(db, actor, summary.id, catalog);
      const scoring = scoringOf(
        cycle,
        new Date(cycle.scoredAt ?? cycle.computedAt ?? cycle.periodEnd),
      );
      for (const item of items) {
        const definition = catalog.get(item.metric)?.definition;
        const evidence = await countEvidence(db, item.metric, scoring, result.userId);
        yield [
          cycle.name,
          summary.userName,
          cells.choice(ROLES, summary.role),
          result.total,
          result.grade,
          definition
            ? cells.language === 'zh-CN'
              ? definition.nameZh
              : definition.nameEn
            : item.metric,
          item.weight,
          item.target,
          item.value,
          item.adjustedScore ?? item.score,
          item.adjustReason,
          item.misconfigured === null ? item.naReason : MISCONFIGURED,
          evidence?.records ?? null,
          evidence?.counted ?? null,
        ];
      }
    }
    if (page.items.length < RESULTS_PAGE_SIZE) return;
  }
}
