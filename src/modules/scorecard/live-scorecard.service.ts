import type { Db } from '../../db/database.js';
import {
  gradeWithheld,
  type GradeWithheld,
  type Scorecard,
} from '../../domain/appraisal/scorecard.js';
import { templateRoleFor } from '../../domain/appraisal/template-item.js';
import { orgDay } from '../../domain/time/org-day.js';
import { periodContaining } from '../../domain/time/period.js';
import { workingDaysBetween } from '../../domain/time/working-time.js';
import { now } from '../../platform/clock.js';
import { sharedComputation } from '../../platform/shared-computation.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { assignTemplates, participantsOf } from '../appraisal/participants.js';
import { scoreInSlices, type Scoring } from '../appraisal/score-participants.js';
import type { CountedFilter } from '../metrics/metrics.repository.js';
import { readAppraisalSettings } from '../appraisal/appraisal-settings.js';
import { listEvidence } from './evidence.service.js';
import * as repo from './scorecard.repository.js';

export type PeriodKind = 'month' | 'quarter';

/** The current month or quarter in the org zone, scored now: its records so far, with pace. */
export function liveScoring(kind: PeriodKind, zone: string, at: Date = now()): Scoring {
  return { period: periodContaining(at, kind, zone), zone, scoredAt: at };
}

/** A live card shows no grade in the period's first working days or on too little weight. */
async function gradeRule(db: Db, scoring: Scoring) {
  const { gradeAfterWorkingDays } = await readAppraisalSettings(db);
  const elapsed = workingDaysBetween(scoring.period.start, scoring.scoredAt, scoring.zone);
  return (card: Scorecard | undefined): LiveCard | null => {
    if (!card) return null;
    const withheld = gradeWithheld(card.items, elapsed, gradeAfterWorkingDays);
    return { ...card, grade: withheld ? null : card.grade, gradeWithheld: withheld };
  };
}

export type LiveCard = Scorecard & { gradeWithheld: GradeWithheld | null };

async function loadUser(db: Db, actor: Actor, userId: string) {
  const user = await repo.findUserInScope(db.kysely, userId, ownerScopeOf(actor));
  if (!user) throw notFound('user');
  return user;
}

/** Participants for the live scorecard: each with the current version of their role's template. */
async function participantsFor(db: Db, users: readonly repo.ScorecardUser[], scoring: Scoring) {
  return participantsOf(
    db,
    await assignTemplates(db, users, orgDay(scoring.period.start, scoring.zone)),
  );
}

export type LiveScorecard = {
  user: repo.ScorecardUser;
  scoring: Scoring;
  kind: PeriodKind;
  card: LiveCard | null;
};

/**
 * A person's scorecard for the period to date, computed on the spot. A manager's team score
 * needs their reports' scorecards, so those are computed with it, set-based slice by slice.
 */
export async function liveScorecard(
  db: Db,
  actor: Actor,
  userId: string,
  kind: PeriodKind,
  zone: string,
  at: Date = now(),
): Promise<LiveScorecard> {
  const user = await loadUser(db, actor, userId);
  const scoring = liveScoring(kind, zone, at);
  const needsTeam = templateRoleFor(user.roles) === 'manager';
  const people = needsTeam ? [user, ...(await repo.listReports(db.kysely, user.id))] : [user];
  const cards = await scoreInSlices(db, scoring, await participantsFor(db, people, scoring));
  const graded = await gradeRule(db, scoring);
  return { user, scoring, kind, card: graded(cards.get(user.id)) };
}

type TeamMember = { user: repo.ScorecardUser; card: LiveCard | null };

/** Everyone below a manager with their live scorecards, whoever asks. */
async function computeTeamCards(db: Db, managerId: string, kind: PeriodKind, zone: string) {
  const scoring = liveScoring(kind, zone);
  const reports = await repo.listReports(db.kysely, managerId);
  const cards = await scoreInSlices(db, scoring, await participantsFor(db, reports, scoring));
  const graded = await gradeRule(db, scoring);
  // One member list per distinct set of visible reports, so that requests sharing this
  // computation whose viewers see the same people share one answer.
  const teams = new Map<string, TeamMember[]>();
  const membersOf = (visible: repo.ScorecardUser[]) => {
    const key = JSON.stringify(visible);
    let members = teams.get(key);
    if (!members) {
      members = visible.map((user) => ({ user, card: graded(cards.get(user.id)) }));
      teams.set(key, members);
    }
    return members;
  };
  return { scoring, membersOf };
}

type TeamCards = ReturnType<typeof computeTeamCards>;

/** Per database (tests run several in one process): the team computations shared by requests. */
const sharedTeamCards = new WeakMap<
  Db,
  (managerId: string, kind: PeriodKind, zone: string) => TeamCards
>();

function teamCards(db: Db, managerId: string, kind: PeriodKind, zone: string): TeamCards {
  let shared = sharedTeamCards.get(db);
  if (!shared) {
    shared = sharedComputation(
      (id: string, k: PeriodKind, z: string) => `${id} ${k} ${z}`,
      (id: string, k: PeriodKind, z: string) => computeTeamCards(db, id, k, z),
    );
    sharedTeamCards.set(db, shared);
  }
  return shared(managerId, kind, zone);
}

/**
 * The reports of a manager inside the viewer's data scope, with their live scorecards (the
 * manager's team view). Scores are computed over all reports, so a middle manager's team score
 * does not depend on who looks; requests for the same team that arrive while one is computed
 * share the next computation, and those of them that see the same reports get the same members.
 */
export async function teamScorecards(
  db: Db,
  actor: Actor,
  managerId: string,
  kind: PeriodKind,
  zone: string,
) {
  const manager = await loadUser(db, actor, managerId);
  const { scoring, membersOf } = await teamCards(db, manager.id, kind, zone);
  const visible = await repo.listReports(db.kysely, manager.id, ownerScopeOf(actor));
  return { manager, scoring, kind, members: membersOf(visible) };
}

export async function liveEvidence(
  db: Db,
  actor: Actor,
  userId: string,
  metric: string,
  kind: PeriodKind,
  zone: string,
  page: { limit: number; offset: number },
  counted: CountedFilter = 'all',
) {
  const user = await loadUser(db, actor, userId);
  return listEvidence(db, metric, liveScoring(kind, zone), user.id, page, counted);
}
