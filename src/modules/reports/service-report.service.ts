import type { Db } from '../../db/database.js';
import { percentile } from '../../domain/review/percentile.js';
import type { Period } from '../../domain/time/period.js';
import { now } from '../../platform/clock.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readAppraisalSettings } from '../appraisal/appraisal-settings.js';
import { factContext } from '../metrics/metric-engine.js';
import * as repo from './reports.repository.js';
import type { ReportUser } from './reports.repository.js';
import { drill, periodOf, reportInput, type ReportInput } from './report-input.js';
import type { ReportQuery, ServiceRow } from './reports.schema.js';
import * as serviceRepo from './service-report.repository.js';

/** What one agent, team or the total adds up: the items behind the medians, and the counts. */
type ServiceItems = {
  responseMinutes: number[];
  resolutionHours: number[];
  satisfied: number;
  rated: number;
  adopted: number;
};

const emptyItems = (): ServiceItems => ({
  responseMinutes: [],
  resolutionHours: [],
  satisfied: 0,
  rated: 0,
  adopted: 0,
});

function addItems(into: ServiceItems, more: ServiceItems): void {
  into.responseMinutes.push(...more.responseMinutes);
  into.resolutionHours.push(...more.resolutionHours);
  into.satisfied += more.satisfied;
  into.rated += more.rated;
  into.adopted += more.adopted;
}

/** While the period runs, a ticket still waiting has waited until now, not until the period's end. */
const elapsedPart = (period: Period): Period => {
  const at = now();
  return at > period.start && at < period.end ? { start: period.start, end: at } : period;
};

function serviceRow(
  input: ReportInput,
  who: { id: string | null; name: string | null; departmentName: string | null },
  items: ServiceItems,
  filter: Record<string, string> | null,
): ServiceRow {
  const { window, drillBase } = input;
  const created = { createdFrom: window.firstDay, createdTo: window.lastDay };
  const resolved = { resolvedFrom: window.firstDay, resolvedTo: window.lastDay };
  const assignee = (f: Record<string, string>) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k === 'ownerId' ? 'assigneeId' : k, v]));
  const reporter = (f: Record<string, string>) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k === 'ownerId' ? 'reporterId' : k, v]));
  return {
    ...who,
    tickets: items.responseMinutes.length,
    firstResponseMinutes: percentile(items.responseMinutes, 0.5),
    resolved: items.resolutionHours.length,
    resolutionHours: percentile(items.resolutionHours, 0.5),
    csat: {
      numerator: items.satisfied,
      denominator: items.rated,
      value: items.rated === 0 ? null : items.satisfied / items.rated,
    },
    feedbackAdopted: items.adopted,
    drills:
      filter === null
        ? null
        : {
            tickets: drill('ticket', assignee(drillBase), { ...assignee(filter), ...created }),
            resolved: drill('ticket', assignee(drillBase), { ...assignee(filter), ...resolved }),
            rated: drill('ticket', assignee(drillBase), {
              ...assignee(filter),
              ...resolved,
              rated: 'true',
            }),
            adopted: drill('feedback', reporter(drillBase), {
              ...reporter(filter),
              status: 'adopted',
              decidedFrom: window.firstDay,
              decidedTo: window.lastDay,
            }),
          },
  };
}

/**
 * First response, resolution time, CSAT and adopted feedback per agent (the tickets' current
 * assignee, the feedback's reporter), per team and in total (METRICS.md "Service").
 */
export async function serviceOf(db: Db, input: ReportInput, zone: string) {
  const { owners, window } = input;
  const { keyFields } = await readAppraisalSettings(db);
  const ctx = factContext(db.dialect, elapsedPart(window.period), zone, { keyFields });
  const [responses, resolutions, csat, adopted] = await Promise.all([
    serviceRepo.firstResponseMinutes(db.kysely, owners, ctx),
    serviceRepo.resolutionHours(db.kysely, owners, window, db.dialect),
    serviceRepo.csatByAssignee(db.kysely, owners, window),
    serviceRepo.adoptedFeedbackByReporter(db.kysely, owners, window),
  ]);
  const byUser = new Map<string, ServiceItems>();
  const of = (userId: string) => {
    let items = byUser.get(userId);
    if (!items) byUser.set(userId, (items = emptyItems()));
    return items;
  };
  for (const r of responses) of(r.userId).responseMinutes.push(r.value);
  for (const r of resolutions) of(r.userId).resolutionHours.push(r.value);
  for (const r of csat) Object.assign(of(r.userId), { satisfied: r.count, rated: r.of });
  for (const r of adopted) of(r.userId).adopted = r.count;
  const users = await repo.usersByIds(db.kysely, [...byUser.keys()]);
  const teams = new Map<string | null, { user: ReportUser; items: ServiceItems }>();
  const total = emptyItems();
  const agents = users.map((user) => {
    const items = byUser.get(user.id) ?? emptyItems();
    addItems(total, items);
    let team = teams.get(user.departmentId);
    if (!team) teams.set(user.departmentId, (team = { user, items: emptyItems() }));
    addItems(team.items, items);
    return serviceRow(
      input,
      { id: user.id, name: user.name, departmentName: user.departmentName },
      items,
      { ownerId: user.id },
    );
  });
  return {
    period: periodOf(window),
    agents,
    teams: [...teams.values()].map(({ user, items }) =>
      serviceRow(
        input,
        { id: user.departmentId, name: user.departmentName, departmentName: user.departmentName },
        items,
        user.departmentId === null ? null : { departmentId: user.departmentId },
      ),
    ),
    total: serviceRow(input, { id: null, name: null, departmentName: null }, total, {}),
  };
}

export async function serviceReport(db: Db, actor: Actor, query: ReportQuery, zone: string) {
  return serviceOf(db, reportInput(actor, query, zone), zone);
}
