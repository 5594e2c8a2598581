import type { UsageEventKind } from '../../db/tables/crm.table.js';
import { MANAGER_BEHAVIOUR, SALES_BEHAVIOUR } from '../archetypes.js';
import type { SimContext, SimUser } from '../context.js';
import { isWeekend, iso, localDayOf, orgDayOf } from '../sim-time.js';
import { salesArchetypeOf } from './seller.js';
import { workInstant } from './work-time.js';

const INSIGHT_KINDS: readonly UsageEventKind[] = [
  'report_view',
  'dashboard_view',
  'scorecard_view',
  'analysis_view',
];

/**
 * Usage events of one person over their working days: engaged managers open reports and
 * scorecards most days, absent ones hardly ever; sellers look at their customers (more when
 * they work more) and now and then at a report.
 */
export async function writeUsage(
  ctx: SimContext,
  user: SimUser,
  customers: readonly { id: string; createdMs: number }[],
): Promise<void> {
  const rng = ctx.fork(`usage/${user.key}`);
  const managerRate = user.managerStyle ? MANAGER_BEHAVIOUR[user.managerStyle].insightRate : 0;
  const seller = user.kind === 'sales' ? SALES_BEHAVIOUR[salesArchetypeOf(user)] : null;
  // A team lead's habit is their manager style; others look at a report now and then.
  const ownRate = user.managerStyle || user.kind === 'staff' ? 0 : 0.3;
  const insightRate = managerRate + (seller?.insightRate ?? ownRate);
  const viewRate = seller ? 3 * seller.activityRate : 0;
  for (let day = localDayOf(user.activeFromMs); day < ctx.endDay; day += 1) {
    if (isWeekend(day)) continue;
    const events: { kind: UsageEventKind; recordId: string | null; after: number }[] = [];
    const insights = Math.floor(insightRate) + (rng.chance(insightRate % 1) ? 1 : 0);
    for (let i = 0; i < insights; i += 1)
      events.push({ kind: rng.pick(INSIGHT_KINDS), recordId: null, after: 0 });
    if (customers.length > 0) {
      const views = Math.floor(viewRate) + (rng.chance(viewRate % 1) ? 1 : 0);
      for (let i = 0; i < views; i += 1) {
        const customer = rng.pick(customers);
        events.push({ kind: 'customer_view', recordId: customer.id, after: customer.createdMs });
      }
    }
    for (const e of events) {
      const at = workInstant(rng, day);
      // Nobody opens a customer before it exists.
      if (at < user.activeFromMs || at >= ctx.endMs || at <= e.after) continue;
      await ctx.sink.push('usageEvents', {
        id: ctx.newId(at),
        userId: user.id,
        kind: e.kind,
        entity: e.recordId ? 'customer' : null,
        recordId: e.recordId,
        at: iso(at),
        day: orgDayOf(at),
      });
    }
  }
}
