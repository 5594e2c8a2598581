import { expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';

/**
 * Live customers and opportunities whose `owner_since` does not start the ownership period they
 * are in: an owned record has exactly one open period, its owner's, started at `owner_since`; an
 * unowned one (the pool) has none and no `owner_since`. The metrics of an instant (follow-up
 * coverage, completeness, stale deals) read the owner at a period's end from these two together,
 * so every writer that moves a record must keep them in step. Empty when all of them do.
 */
export async function ownershipOutOfStep(db: Db): Promise<{ entity: string; id: string }[]> {
  const outOfStep = (entity: 'customer' | 'opportunity', table: 'customers' | 'opportunities') =>
    sql<{ entity: string; id: string }>`select ${entity} as entity, r.id from ${sql.table(table)} r
      where r.deleted_at is null and (
        (r.owner_id is null and r.owner_since is not null)
        or (select count(*) from ownership_periods p
          where p.entity = ${entity} and p.record_id = r.id and p.ended_at is null)
          <> (case when r.owner_id is null then 0 else 1 end)
        or (r.owner_id is not null and not exists (select 1 from ownership_periods p
          where p.entity = ${entity} and p.record_id = r.id and p.ended_at is null
            and p.owner_id = r.owner_id and p.started_at = r.owner_since)))`;
  const rows = await sql<{ entity: string; id: string }>`${outOfStep('customer', 'customers')}
    union all ${outOfStep('opportunity', 'opportunities')}`.execute(db.kysely);
  return rows.rows;
}

/**
 * Opportunities whose status is not that of their latest stage change, or whose last touch is
 * before that change took effect. Whether a deal was open at a period's end is read off its
 * status when its last touch is before the end (docs/METRICS.md), so every writer of stage
 * changes must keep the two in step. Empty when all of them do.
 */
export async function statusOutOfStep(db: Db): Promise<{ id: string }[]> {
  const latest = sql`(select s.to_status from stage_changes s where s.opportunity_id = o.id
      order by s.effective_at desc, s.recorded_at desc, s.id desc limit 1)`;
  const rows = await sql<{ id: string }>`select o.id from opportunities o
    where o.status <> coalesce(${latest}, '')
      or o.last_touched_at < (select max(s.effective_at) from stage_changes s where s.opportunity_id = o.id)`.execute(
    db.kysely,
  );
  return rows.rows;
}

/**
 * The suite's last tests: after everything the suite wrote, every live record's `owner_since`
 * starts its open ownership period (ownershipOutOfStep) and every deal's status and last touch
 * agree with its stage changes (statusOutOfStep).
 */
export function itKeepsSnapshotInputsInStep(use: () => { db: Db }): void {
  it('leaves every live customer and deal owned since its open ownership period began', async () => {
    expect(await ownershipOutOfStep(use().db)).toEqual([]);
  });
  it("leaves every deal's status and last touch in step with its latest stage change", async () => {
    expect(await statusOutOfStep(use().db)).toEqual([]);
  });
}
