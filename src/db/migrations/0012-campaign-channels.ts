import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * Campaign channels become the API's values. Demo companies seeded before the simulator used
 * them store Chinese labels, which the API refuses on every edit and the web app cannot word.
 * Each label maps to the channel it names; anything else the API does not know becomes `other`.
 * (History keeps the old value: it is append-only.)
 */
const LABELS: Record<string, string> = {
  展会: 'exhibition',
  线上直播: 'webinar',
  搜索广告: 'online_ads',
  内容营销: 'content',
  行业沙龙: 'other',
  邮件营销: 'email',
};
const CHANNELS = ['exhibition', 'online_ads', 'webinar', 'content', 'referral', 'email', 'other'];

export const campaignChannels: YardstickMigration = {
  async up({ db }) {
    for (const [label, channel] of Object.entries(LABELS))
      await sql`update campaigns set channel = ${channel} where channel = ${label}`.execute(db);
    const known = sql.join(CHANNELS.map((channel) => sql`${channel}`));
    await sql`update campaigns set channel = 'other' where channel not in (${known})`.execute(db);
  },
};
