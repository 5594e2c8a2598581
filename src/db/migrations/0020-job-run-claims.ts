import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

type RunKey = { id: string; job: string; slot: string; attempt: number };

/**
 * A scheduled run is claimed by its row: one job, slot and attempt can be logged only once, so of
 * several app processes sharing the database exactly one runs it. Runs logged twice before the
 * rule (a periodic slot tried again by a second process after a failure) keep their log: the
 * later ones are numbered on, in the order they started.
 */
export const jobRunClaims: YardstickMigration = {
  async up({ db }) {
    const { rows } = await sql<RunKey>`
      select id, job, slot, attempt from job_runs order by job, slot, started_at, id
    `.execute(db);
    const slotOf = (r: RunKey) => `${r.job}\u0000${r.slot}`;
    const highest = new Map<string, number>();
    for (const row of rows)
      highest.set(slotOf(row), Math.max(highest.get(slotOf(row)) ?? 0, row.attempt));
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${slotOf(row)}\u0000${row.attempt}`;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      const attempt = (highest.get(slotOf(row)) ?? 0) + 1;
      highest.set(slotOf(row), attempt);
      await sql`update job_runs set attempt = ${attempt} where id = ${row.id}`.execute(db);
    }
    await db.schema
      .createIndex('job_runs_claim_uq')
      .on('job_runs')
      .columns(['job', 'slot', 'attempt'])
      .unique()
      .execute();
  },
};
