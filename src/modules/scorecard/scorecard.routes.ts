import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import { sharedAnswer } from '../../platform/http/shared-answer.js';
import { evidencePage } from './evidence.schema.js';
import {
  liveEvidence,
  liveScorecard,
  teamScorecards,
  type LiveCard,
  type PeriodKind,
} from './live-scorecard.service.js';
import {
  liveEvidenceQuery,
  scorecardOut,
  scorecardQuery,
  teamOut,
  teamQuery,
} from './scorecard.schema.js';
import type { ScorecardUser } from './scorecard.repository.js';
import type { Scoring } from '../appraisal/score-participants.js';

const presentPeriod = (scoring: Scoring, kind: PeriodKind) => ({
  kind,
  start: scoring.period.start.toISOString(),
  end: scoring.period.end.toISOString(),
  asOf: scoring.scoredAt.toISOString(),
});

function present(user: ScorecardUser, scoring: Scoring, kind: PeriodKind, card: LiveCard | null) {
  return {
    userId: user.id,
    userName: user.name,
    period: presentPeriod(scoring, kind),
    total: card?.total ?? null,
    grade: card?.grade ?? null,
    gradeWithheld: card?.gradeWithheld ?? null,
    applicableShare: card?.applicableShare ?? 0,
    items: card?.items ?? [],
  };
}

export function registerScorecardRoutes(
  app: FastifyInstance,
  { db, config, usage }: AppContext,
): void {
  const r = api(app);
  const tags = ['scorecards'];
  const zone = config.orgTimeZone;
  // Requests that share a team's computation and its members share one answer.
  const teamAnswers = new WeakMap<object, z.output<typeof teamOut>>();

  r.get(
    '/api/v1/scorecard',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'getLiveScorecard',
        tags,
        summary:
          'Live scorecard for the month or quarter to date (yours, or someone in your scope)',
        querystring: scorecardQuery,
        response: { 200: scorecardOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const live = await liveScorecard(
        db,
        actor,
        request.query.userId ?? actor.id,
        request.query.period,
        zone,
      );
      usage.record({
        userId: actor.id,
        kind: 'scorecard_view',
        entity: 'user',
        recordId: live.user.id,
      });
      return present(live.user, live.scoring, live.kind, live.card);
    },
  );

  r.get(
    '/api/v1/scorecard/team',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'listTeamScorecards',
        tags,
        summary: "Live scorecards of a manager's reports (at any depth)",
        querystring: teamQuery,
        response: { 200: teamOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const team = await teamScorecards(
        db,
        actor,
        request.query.managerId ?? actor.id,
        request.query.period,
        zone,
      );
      usage.record({
        userId: actor.id,
        kind: 'scorecard_view',
        entity: 'team',
        recordId: team.manager.id,
      });
      let answer = teamAnswers.get(team.members);
      if (!answer) {
        answer = sharedAnswer({
          managerId: team.manager.id,
          period: presentPeriod(team.scoring, team.kind),
          members: team.members.map((m) => present(m.user, team.scoring, team.kind, m.card)),
        });
        teamAnswers.set(team.members, answer);
      }
      return answer;
    },
  );

  r.get(
    '/api/v1/scorecard/evidence',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'getLiveScorecardEvidence',
        tags,
        summary: 'The records behind one live scorecard item',
        querystring: liveEvidenceQuery,
        response: { 200: evidencePage },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const { items, total } = await liveEvidence(
        db,
        actor,
        q.userId ?? actor.id,
        q.metric,
        q.period,
        zone,
        pageWindow(q),
        q.counted,
      );
      return { items, total, totalCapped: false, page: q.page, pageSize: q.pageSize };
    },
  );
}
