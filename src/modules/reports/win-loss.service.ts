import type { Db } from '../../db/database.js';
import {
  winLossFigures,
  winLossGroups,
  type WinLossFigures,
} from '../../domain/reports/win-loss.js';
import type { Actor } from '../../platform/policy/actor.js';
import * as repo from './reports.repository.js';
import { drill, periodOf, reportInput, type ReportInput } from './report-input.js';
import type { ReportQuery, WinLossRow } from './reports.schema.js';
import { closedOpportunities, type ClosedOpportunityRow } from './win-loss.repository.js';

type GroupKey = 'closeReason' | 'customerSource' | 'customerIndustry' | 'ownerId';

function winLossRow(
  input: ReportInput,
  key: string | null,
  name: string | null,
  figures: WinLossFigures,
  filter: Record<string, string> | null,
): WinLossRow {
  const { window, drillBase } = input;
  const closed = { closedFrom: window.firstDay, closedTo: window.lastDay };
  return {
    key,
    name,
    ...figures,
    drills:
      filter === null
        ? null
        : {
            won: drill('opportunity', drillBase, { ...filter, ...closed, status: 'won' }),
            lost: drill('opportunity', drillBase, { ...filter, ...closed, status: 'lost' }),
          },
  };
}

function groupedBy(input: ReportInput, deals: readonly ClosedOpportunityRow[], field: GroupKey) {
  return winLossGroups(deals, (deal) => deal[field]).map(({ key, figures }) =>
    winLossRow(input, key, key, figures, key === null ? null : { [field]: key }),
  );
}

/** Won and lost opportunities closed in the period, by reason, source, industry and person (METRICS.md "Win/loss"). */
export async function winLossOf(db: Db, input: ReportInput) {
  const deals = await closedOpportunities(db.kysely, input.owners, input.window);
  const people = await repo.usersByIds(db.kysely, [...new Set(deals.map((d) => d.ownerId))]);
  return {
    period: periodOf(input.window),
    byReason: groupedBy(input, deals, 'closeReason'),
    bySource: groupedBy(input, deals, 'customerSource'),
    byIndustry: groupedBy(input, deals, 'customerIndustry'),
    byPerson: people.map((person) =>
      winLossRow(
        input,
        person.id,
        person.name,
        winLossFigures(deals.filter((d) => d.ownerId === person.id)),
        { ownerId: person.id },
      ),
    ),
    total: winLossRow(input, null, null, winLossFigures(deals), {}),
  };
}

export async function winLossReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return winLossOf(db, reportInput(actor, query, zone));
}
