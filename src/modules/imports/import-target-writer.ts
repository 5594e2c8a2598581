import type { RowError } from '../../domain/import/import-errors.js';
import { parseTargetValue } from '../../domain/import/target-values.js';
import { builtInMetric } from '../../domain/metrics/catalog.js';
import { userTargetProblem } from '../../domain/scoring/user-target.js';
import { orgDay } from '../../domain/time/org-day.js';
import { periodBounds } from '../../domain/time/period.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { findUserInScope } from '../scorecard/scorecard.repository.js';
import { writeTarget } from '../targets/targets.service.js';
import { currentTemplateItem } from '../templates/templates.service.js';
import { asIs, text, type EntityWriter, type PreparedRow } from './import-writer-kit.js';

/** The first day of the month or quarter a target cell names (`YYYY-MM` or `YYYY-Qn`). */
function anchorDay(periodOf: string): { period: 'month' | 'quarter'; day: string } | null {
  const quarter = /^(\d{4})-Q([1-4])$/u.exec(periodOf);
  if (quarter)
    return {
      period: 'quarter',
      day: `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`,
    };
  return /^\d{4}-\d{2}$/u.test(periodOf) ? { period: 'month', day: `${periodOf}-01` } : null;
}

/**
 * Per-person targets (业绩目标), checked as the targets API checks them: nobody sets their own,
 * a value must be possible in the metric's unit and better than the floor of the person's
 * template item. A row for a person, metric and period that already has a target replaces it.
 */
export const targetWriter: EntityWriter = {
  async prepare(executor, context, rows) {
    const prepared = await asIs(executor, context, rows);
    const out: PreparedRow[] = [];
    for (const p of prepared) {
      if (p.errors.length > 0) {
        out.push(p);
        continue;
      }
      const v = p.row.values;
      const userId = text(v.user) ?? '';
      const metricId = text(v.metric) ?? '';
      const metric = builtInMetric(metricId);
      const raw = text(v.target) ?? '';
      const fail = (field: string, error: Omit<RowError, 'row' | 'column'>) =>
        out.push({ ...p, errors: [{ row: p.row.row, column: context.columnOf(field), ...error }] });
      if (userId === context.actor.id) {
        fail('user', { code: 'import_target_own', params: {} });
        continue;
      }
      const parsed = metric ? parseTargetValue(raw, metric.unit) : null;
      if (!metric || !parsed || !parsed.ok) {
        fail('target', {
          code: parsed && !parsed.ok ? parsed.code : 'import_number_invalid',
          params: parsed && !parsed.ok ? parsed.params : { value: raw },
        });
        continue;
      }
      const user = await findUserInScope(executor, userId, ownerScopeOf(context.actor));
      const item = user ? await currentTemplateItem(executor, user.roles, metricId) : undefined;
      const problem = userTargetProblem(metric, item, parsed.value);
      if (problem) {
        fail('target', {
          code: `import_${problem}`,
          params: { value: raw, metric: metricId, floor: item?.floor ?? '' },
        });
        continue;
      }
      const anchor = anchorDay(text(v.periodOf) ?? '');
      // A quarter written as one (2026Q4) is a quarter; a month is one unless the row says 季度.
      const period =
        anchor?.period === 'quarter' || text(v.period) === 'quarter' ? 'quarter' : 'month';
      const bounds = periodBounds(period, anchor?.day ?? '', context.zone);
      out.push({
        ...p,
        refs: {
          value: String(parsed.value),
          periodStart: orgDay(bounds.start, context.zone),
          periodEnd: orgDay(new Date(bounds.end.getTime() - 1), context.zone),
        },
      });
    }
    return out;
  },
  async write(trx, { actor, at }, rows) {
    const ids: string[] = [];
    for (const { row, refs } of rows) {
      const userId = text(row.values.user) ?? '';
      const metric = text(row.values.metric) ?? '';
      const periodStart = refs.periodStart ?? '';
      const target = Number(refs.value);
      const id = await writeTarget(
        trx,
        actor,
        { userId, metric, periodStart, periodEnd: refs.periodEnd ?? '', target },
        at,
      );
      ids.push(id);
    }
    return ids;
  },
};
