import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import type { ReportOwners, ReportWindow } from './reports.repository.js';
import type { ReportDrill, ReportQuery } from './reports.schema.js';
import { reportWindow } from './report-window.js';

/** What every report starts from: who may be counted, the period, and the filters to drill with. */
export type ReportInput = {
  owners: ReportOwners;
  window: ReturnType<typeof reportWindow>;
  /** The report's own department and person filters, carried into every drill-down. */
  drillBase: Record<string, string>;
};

export function reportInput(actor: Actor, query: ReportQuery, zone: string): ReportInput {
  const drillBase: Record<string, string> = {};
  if (query.departmentId) drillBase.departmentId = query.departmentId;
  if (query.ownerId) drillBase.ownerId = query.ownerId;
  return {
    owners: {
      scope: ownerScopeOf(actor),
      departmentId: query.departmentId,
      ownerId: query.ownerId,
    },
    window: reportWindow(query, zone),
    drillBase,
  };
}

export const periodOf = (window: ReportWindow) => ({ from: window.firstDay, to: window.lastDay });

export const drill = (
  entity: ReportDrill['entity'],
  base: Record<string, string>,
  filter: Record<string, string>,
): ReportDrill => ({ entity, filter: { ...base, ...filter } });
