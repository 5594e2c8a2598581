import type { Executor } from '../../db/database.js';
import { summarise, teamScoreValue } from '../../domain/appraisal/scorecard.js';
import { allReports, managersBottomUp } from '../../domain/appraisal/team-order.js';
import { itemScore } from '../../domain/scoring/item-score.js';
import { contentOf } from '../appraisal/template-content.js';
import * as templatesRepo from '../templates/templates.repository.js';
import * as repo from './cycles.repository.js';

const TEAM_SCORE = 'team_score';

/**
 * After a report's total changed (an adjustment), the team score of every manager above them
 * in the cycle is the mean of the new totals: recomputed from the stored results, lowest
 * managers first, in the caller's transaction — no metric is measured again.
 */
export async function refreshTeamScores(trx: Executor, cycleId: string): Promise<void> {
  const participants = await repo.listParticipants(trx, cycleId);
  const ids = new Set(participants.map((p) => p.userId));
  const managerOf = new Map(
    participants.map((p) => [
      p.userId,
      p.managerId !== null && ids.has(p.managerId) ? p.managerId : null,
    ]),
  );
  const managers = managersBottomUp(managerOf);
  if (managers.length === 0) return;
  const results = await repo.listResults(trx, cycleId);
  const resultOf = new Map(results.map((r) => [r.userId, r]));
  const items = await repo.listResultItems(
    trx,
    results.map((r) => r.id),
  );
  const totalOf = new Map(results.map((r) => [r.userId, r.total]));
  for (const managerId of managers) {
    const result = resultOf.get(managerId);
    const participant = participants.find((p) => p.userId === managerId);
    const own = items.filter((i) => i.resultId === result?.id);
    const teamItem = own.find((i) => i.metric === TEAM_SCORE);
    if (!result || !participant || !teamItem) continue;
    const value = teamScoreValue(
      allReports(managerId, managerOf).map((id) => totalOf.get(id) ?? null),
      teamItem.minSample,
    );
    const score = itemScore(value.value, {
      dir: '+',
      floor: teamItem.floor,
      target: teamItem.target,
      cap: teamItem.cap,
    });
    const version = await templatesRepo.findVersion(trx, participant.templateVersionId);
    if (!version) continue;
    const summary = summarise(
      own.map((i) => (i.id === teamItem.id ? { ...i, score } : i)),
      contentOf(version).grades,
    );
    await repo.updateResultItem(trx, teamItem.id, {
      value: value.value,
      numerator: value.numerator,
      denominator: value.denominator,
      naReason: value.naReason,
      score,
    });
    await repo.setResultTotal(trx, result.id, summary.total, summary.grade);
    totalOf.set(managerId, summary.total);
  }
}
