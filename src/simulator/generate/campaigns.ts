import type { CampaignRef, SimContext, SimUser } from '../context.js';
import { DAY, dateOfDay, localDayOf } from '../sim-time.js';
import { CAMPAIGN_CHANNELS } from '../../modules/campaigns/campaigns.schema.js';
import { CAMPAIGN_THEMES } from '../vocabulary/business.js';
import { workInstantBetween } from './work-time.js';
import { logCreate } from '../history-rows.js';

/** Each marketer runs a campaign every month or two; leads point at the one running when they came in. */
export async function writeCampaigns(
  ctx: SimContext,
  marketers: SimUser[],
): Promise<CampaignRef[]> {
  const refs: CampaignRef[] = [];
  for (const m of marketers) {
    const rng = ctx.fork(`campaigns/${m.key}`);
    let at = m.activeFromMs;
    while (at < ctx.endMs - 10 * DAY) {
      const startMs = workInstantBetween(rng, at, at + 20 * DAY) ?? at;
      const days = rng.int(14, 60);
      const endMs = startMs + days * DAY;
      const id = ctx.newId(startMs - 7 * DAY);
      const createdMs = Math.max(m.activeFromMs, startMs - 7 * DAY);
      const row = {
        id,
        name: `${rng.pick(CAMPAIGN_THEMES)} ${dateOfDay(localDayOf(startMs)).slice(0, 7)}`,
        channel: rng.pick(CAMPAIGN_CHANNELS),
        ownerId: m.id,
        startOn: dateOfDay(localDayOf(startMs)),
        endOn: dateOfDay(localDayOf(endMs)),
        budgetCents: rng.int(20, 300) * 100_000,
        currency: 'CNY',
        status: endMs < ctx.endMs ? ('finished' as const) : ('running' as const),
        description: null,
        createdBy: m.id,
        createdAt: new Date(createdMs).toISOString(),
        updatedAt: new Date(createdMs).toISOString(),
        deletedAt: null,
      };
      await ctx.sink.push('campaigns', row);
      await logCreate(ctx, 'campaign', id, m.id, createdMs, { ...row, version: 1 });
      refs.push({ id, ownerId: m.id, startMs, endMs });
      at = startMs + rng.int(25, 60) * DAY;
    }
  }
  return refs;
}
