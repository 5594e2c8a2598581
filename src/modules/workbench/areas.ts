import { z } from 'zod';
import type { Actor } from '../../platform/policy/actor.js';
import type { MayCall } from '../../platform/http/route-access.js';
import { repliesAsAgent } from '../tickets/tickets.policy.js';
import { leadsPeople, runsCampaigns, sellsOwnDeals, worksOwnBook } from './workbench.policy.js';

/**
 * What a user may open: a page of the menu or a card of the workbench. Each is open when the user
 * passes the access check of every route it calls (the routes' own `config.allow`, looked up by
 * operationId, so the rules exist once) and, for cards, when the card is part of their work.
 */
type AreaRule = { calls: readonly string[]; when?: (actor: Actor) => boolean };

const PAGES = {
  workbench: { calls: [] },
  leads: { calls: ['listLeads'] },
  customers: { calls: ['listCustomers'] },
  pool: { calls: ['listPoolCustomers'] },
  contacts: { calls: ['listContacts'] },
  opportunities: { calls: ['listOpportunities', 'listPipelineStages'] },
  contracts: { calls: ['listContracts'] },
  payments: { calls: ['listPayments'] },
  tickets: { calls: ['listTickets'] },
  feedback: { calls: ['listFeedback'] },
  // The campaigns page is where campaigns are run: for those who may only read them, a lead names its campaign.
  campaigns: { calls: ['listCampaigns', 'createCampaign'] },
  appraisal: { calls: ['getLiveScorecard', 'listCycles'] },
  team: { calls: ['listTeamScorecards', 'writeManagerReview'] },
  review: { calls: ['getQuarterlyReview'] },
  recognition: { calls: ['listRecognitionGrants', 'getLeaderboards'] },
  reports: {
    calls: [
      'getCockpit',
      'getFunnelReport',
      'getStageDurationsReport',
      'getSalesReport',
      'getAdoptionReport',
      'getWinLossReport',
      'getServiceReport',
    ],
  },
  users: { calls: ['listUsers', 'createUser'] },
  departments: { calls: ['listDepartments', 'createDepartment'] },
  dataScopes: { calls: ['listRoles', 'updateRoleScope'] },
  pipelineStages: { calls: ['listPipelineStages', 'createPipelineStage'] },
  keyFields: { calls: ['getAppraisalSettings', 'replaceAppraisalSettings'] },
  fieldAccess: { calls: ['getFieldAccess', 'replaceFieldAccess'] },
  templates: { calls: ['listTemplates', 'createTemplateVersion'] },
  customMetrics: { calls: ['listCustomMetrics', 'createCustomMetric'] },
  targets: { calls: ['listTargets', 'setTarget'] },
  cycles: { calls: ['listCycles', 'createCycle'] },
  recognitionSettings: { calls: ['replaceRecognitionSettings', 'listBadges', 'createBadge'] },
  poolSettings: { calls: ['getPoolSettings', 'replacePoolSettings'] },
  products: { calls: ['listProducts', 'createProduct', 'updateProduct'] },
  // Bringing records in from another system's export: upload, check, commit, and past imports.
  imports: { calls: ['listImports', 'uploadImport', 'dryRunImport', 'commitImport'] },
  jobRuns: { calls: ['listJobRuns'] },
} satisfies Record<string, AreaRule>;

const CARDS = {
  ticketQueueCard: { calls: ['listTickets'], when: repliesAsAgent },
  followUpPlansCard: { calls: ['listPlans'], when: worksOwnBook },
  staleOpportunitiesCard: { calls: ['listOpportunities'], when: sellsOwnDeals },
  nextStepsCard: { calls: ['listWorkbenchHints'], when: sellsOwnDeals },
  scorecardCard: { calls: ['getLiveScorecard', 'listMetrics'], when: worksOwnBook },
  campaignsCard: { calls: ['listCampaigns', 'listLeads'], when: runsCampaigns },
  teamCard: { calls: ['listTeamScorecards', 'getQualitySummary'], when: leadsPeople },
  setupCard: {
    // It reads what is configured, and is shown to whoever configures it.
    calls: [
      'listUsers',
      'listDepartments',
      'listTemplates',
      'listTargets',
      'listPipelineStages',
      'createUser',
      'createTemplateVersion',
    ],
  },
  systemHealthCard: { calls: ['listJobRuns'] },
  recognitionFeedCard: { calls: ['listRecognitionGrants'] },
} satisfies Record<string, AreaRule>;

const RULES: Record<string, AreaRule> = { ...PAGES, ...CARDS };

export type Area = keyof typeof PAGES | keyof typeof CARDS;
const AREAS = Object.keys(RULES) as [Area, ...Area[]];

export const areaName = z.enum(AREAS).meta({ id: 'Area' });

/** The areas `actor` may open, in the order of the lists above. */
export function openAreas(actor: Actor, mayCall: MayCall): Area[] {
  return AREAS.filter((area) => {
    const rule = RULES[area];
    return (
      rule !== undefined &&
      rule.calls.every((operationId) => mayCall(actor, operationId)) &&
      (rule.when?.(actor) ?? true)
    );
  });
}
