import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * The customer's last follow-up and the opportunity's last touch became inputs of
 * follow_up_coverage and stale_pipeline (docs/METRICS.md), which trust them to equal their
 * definition. Writes have kept them so, except a customer merged away, which kept the last
 * follow-up of activities that had moved to the survivor: every value is derived again once, and
 * only a row whose value differs is written.
 */
export const touchColumnsRederived: YardstickMigration = {
  async up({ db, dialect }) {
    const differs = dialect === 'postgres' ? sql`is distinct from` : sql`is not`;
    const lastFollowUp = sql`(select max(a.occurred_at) from activities a
      where a.customer_id = customers.id and a.valid = 1 and a.deleted_at is null)`;
    await sql`update customers set last_follow_up_at = ${lastFollowUp}
      where last_follow_up_at ${differs} ${lastFollowUp}`.execute(db);
    const lastTouch = sql`(select max(t.at) from (
        select max(a.occurred_at) as at from activities a where a.record_type = 'opportunity'
          and a.record_id = opportunities.id and a.valid = 1 and a.deleted_at is null
        union all
        select max(s.effective_at) from stage_changes s where s.opportunity_id = opportunities.id) t)`;
    await sql`update opportunities set last_touched_at = ${lastTouch}
      where last_touched_at ${differs} ${lastTouch}`.execute(db);
  },
};
