import type { Executor } from '../../db/database.js';
import { chunked } from '../quality/quality-flags.repository.js';

/** Open follow-up plans due in [from, to), with the name of the record they follow up. */
export function openPlansDueBetween(executor: Executor, from: string, to: string) {
  return executor
    .selectFrom('followUpPlans as p')
    .leftJoin('customers as c', (j) =>
      j.onRef('c.id', '=', 'p.recordId').on('p.recordType', '=', 'customer'),
    )
    .leftJoin('leads as l', (j) =>
      j.onRef('l.id', '=', 'p.recordId').on('p.recordType', '=', 'lead'),
    )
    .leftJoin('opportunities as o', (j) =>
      j.onRef('o.id', '=', 'p.recordId').on('p.recordType', '=', 'opportunity'),
    )
    .select([
      'p.id',
      'p.ownerId',
      'p.recordType',
      'p.recordId',
      'p.dueAt',
      'c.name as customerName',
      'l.company as leadName',
      'o.name as opportunityName',
    ])
    .where('p.deletedAt', 'is', null)
    .where('p.completedAt', 'is', null)
    .where('p.dueAt', '>=', from)
    .where('p.dueAt', '<', to)
    .execute();
}

/**
 * Open opportunities whose last touch (valid activity or stage change; their creation when never
 * touched) is before `since` — the workbench's and stale_pipeline's rule.
 */
export function staleOpportunities(executor: Executor, since: string) {
  return executor
    .selectFrom('opportunities')
    .select(['id', 'ownerId', 'name', 'lastTouchedAt', 'createdAt'])
    .where('status', '=', 'open')
    .where('deletedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('lastTouchedAt', '<', since),
        eb.and([eb('lastTouchedAt', 'is', null), eb('createdAt', '<', since)]),
      ]),
    )
    .execute();
}

/** Open data-quality flags raised since `since` and not announced yet, with the flagged record's name. */
export function unannouncedFlagsSince(executor: Executor, since: string) {
  return executor
    .selectFrom('qualityFlags as f')
    .leftJoin('activities as a', (j) =>
      j.onRef('a.id', '=', 'f.recordId').on('f.entity', '=', 'activity'),
    )
    .leftJoin('customers as c', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([eb('f.entity', '=', 'customer'), eb('c.id', '=', eb.ref('f.recordId'))]),
          eb.and([eb('f.entity', '=', 'activity'), eb('c.id', '=', eb.ref('a.customerId'))]),
        ]),
      ),
    )
    .leftJoin('leads as l', (j) => j.onRef('l.id', '=', 'f.recordId').on('f.entity', '=', 'lead'))
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'f.recordId').on('f.entity', '=', 'user'))
    .select([
      'f.id',
      'f.rule',
      'f.entity',
      'f.recordId',
      'f.userId',
      'f.createdAt',
      'c.id as customerId',
      'c.name as customerName',
      'l.company as leadName',
      'u.name as userName',
    ])
    .where('f.status', '=', 'open')
    .where('f.announcedAt', 'is', null)
    .where('f.createdAt', '>=', since)
    .execute();
}

/** Notes the flags as announced at `at`. */
export async function markFlagsAnnounced(
  executor: Executor,
  ids: readonly string[],
  at: string,
): Promise<void> {
  for (const chunk of chunked(ids))
    await executor
      .updateTable('qualityFlags')
      .set({ announcedAt: at })
      .where('id', 'in', chunk)
      .execute();
}

/** Participants of cycles in self review who have not reviewed themselves yet. */
export function selfReviewsWaiting(executor: Executor) {
  return executor
    .selectFrom('cycles as cy')
    .innerJoin('cycleParticipants as p', 'p.cycleId', 'cy.id')
    .leftJoin('cycleResults as r', (j) =>
      j.onRef('r.cycleId', '=', 'cy.id').onRef('r.userId', '=', 'p.userId'),
    )
    .select(['cy.id as cycleId', 'cy.name as cycleName', 'p.userId'])
    .where('cy.status', '=', 'self_review')
    .where('r.selfReviewedAt', 'is', null)
    .execute();
}

/** Managers of participants of cycles in manager review, with how many participants each. */
export function managerReviewsWaiting(executor: Executor) {
  return executor
    .selectFrom('cycles as cy')
    .innerJoin('cycleParticipants as p', 'p.cycleId', 'cy.id')
    .select((eb) => [
      'cy.id as cycleId',
      'cy.name as cycleName',
      'p.managerId',
      eb.fn.countAll<number | string>().as('participants'),
    ])
    .where('cy.status', '=', 'manager_review')
    .where('p.managerId', 'is not', null)
    .groupBy(['cy.id', 'cy.name', 'p.managerId'])
    .execute();
}
