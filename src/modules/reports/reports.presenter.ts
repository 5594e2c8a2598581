import { AGEING_BUCKETS } from '../../domain/reports/ageing.js';
import type { ApiLanguage } from '../../platform/errors/request-language.js';
import type { StageRow } from '../pipeline/pipeline.repository.js';
import type { Cell } from '../../platform/export/csv.js';
import type {
  cockpitReport,
  funnelReport,
  salesReport,
  stageDurationsReport,
} from './reports.service.js';
import type { SalesRow } from './reports.schema.js';

type Funnel = Awaited<ReturnType<typeof funnelReport>>;
type Durations = Awaited<ReturnType<typeof stageDurationsReport>>;
type Sales = Awaited<ReturnType<typeof salesReport>>;
type Cockpit = Awaited<ReturnType<typeof cockpitReport>>;

const WORDS = {
  en: {
    step: 'Step',
    count: 'Count',
    conversion: 'Conversion %',
    leads: 'Leads',
    customers: 'Customers',
    won: 'Won',
    stage: 'Stage',
    stays: 'Stays',
    median: 'Median days',
    p80: 'P80 days',
    bottleneck: 'Bottleneck',
    yes: 'yes',
    level: 'Level',
    person: 'Person',
    team: 'Team',
    total: 'Total',
    name: 'Name',
    department: 'Department',
    wonAmount: 'Won amount (¥)',
    wonTarget: 'Won target (¥)',
    wonAttainment: 'Won attainment %',
    collected: 'Collection (¥)',
    collectionTarget: 'Collection target (¥)',
    collectionAttainment: 'Collection attainment %',
    receivable: 'Receivables (¥)',
    d0_30: '0–30 days (¥)',
    d31_60: '31–60 days (¥)',
    d61_90: '61–90 days (¥)',
    over_90: 'Over 90 days (¥)',
    figure: 'Figure',
    value: 'Value',
    leadToWon: 'Leads → won %',
    insightDays: 'Insight days',
    reviewCoverage: 'Review coverage %',
    manager: 'Manager',
    wonDeals: 'Opportunities won',
    lostDeals: 'Opportunities lost',
    winRate: 'Win rate %',
    firstResponse: 'First response, median (min)',
    csat: 'CSAT %',
  },
  'zh-CN': {
    step: '环节',
    count: '数量',
    conversion: '转化率 %',
    leads: '线索',
    customers: '客户',
    won: '赢单',
    stage: '阶段',
    stays: '停留次数',
    median: '中位天数',
    p80: 'P80 天数',
    bottleneck: '瓶颈',
    yes: '是',
    level: '层级',
    person: '个人',
    team: '团队',
    total: '合计',
    name: '名称',
    department: '部门',
    wonAmount: '成交金额（元）',
    wonTarget: '成交目标（元）',
    wonAttainment: '成交达成率 %',
    collected: '回款金额（元）',
    collectionTarget: '回款目标（元）',
    collectionAttainment: '回款达成率 %',
    receivable: '应收余额（元）',
    d0_30: '0–30 天（元）',
    d31_60: '31–60 天（元）',
    d61_90: '61–90 天（元）',
    over_90: '90 天以上（元）',
    figure: '指标',
    value: '数值',
    leadToWon: '线索→赢单 %',
    insightDays: '数据应用天数',
    reviewCoverage: '点评覆盖率 %',
    manager: '管理者',
    wonDeals: '赢单商机数',
    lostDeals: '丢单商机数',
    winRate: '赢单率 %',
    firstResponse: '首次响应中位数（分钟）',
    csat: '客户满意度 %',
  },
} as const;

const yuan = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));
const percent = (share: number | null) => (share === null ? '' : (share * 100).toFixed(1));
const days = (value: number | null) => (value === null ? '' : value.toFixed(1));

const stageNameOf = (stages: readonly StageRow[], language: ApiLanguage) => (id: string | null) => {
  const stage = stages.find((s) => s.id === id);
  if (!stage) return id ?? '';
  return language === 'zh-CN' ? stage.nameZh : stage.nameEn;
};

export function funnelTable(
  report: Funnel,
  stages: readonly StageRow[],
  language: ApiLanguage,
): Cell[][] {
  const w = WORDS[language];
  const stageName = stageNameOf(stages, language);
  return [
    [w.step, w.count, w.conversion],
    ...report.steps.map((step) => [
      step.key === 'stage' ? stageName(step.stageId) : w[step.key],
      step.count,
      percent(step.conversion),
    ]),
  ];
}

export function stageDurationsTable(
  report: Durations,
  stages: readonly StageRow[],
  language: ApiLanguage,
): Cell[][] {
  const w = WORDS[language];
  const stageName = stageNameOf(stages, language);
  return [
    [w.stage, w.stays, w.median, w.p80, w.bottleneck],
    ...report.stages.map((row) => [
      stageName(row.stageId),
      row.stays,
      days(row.medianDays),
      days(row.p80Days),
      row.bottleneck ? w.yes : '',
    ]),
  ];
}

function salesCells(level: string, row: SalesRow) {
  return [
    level,
    row.name ?? '',
    row.departmentName ?? '',
    yuan(row.wonCents),
    yuan(row.wonTargetCents),
    percent(row.wonAttainment),
    yuan(row.collectedCents),
    yuan(row.collectionTargetCents),
    percent(row.collectionAttainment),
    yuan(row.receivableCents),
    ...AGEING_BUCKETS.map((bucket) => yuan(row.ageing[bucket])),
  ];
}

export function salesTable(report: Sales, language: ApiLanguage): Cell[][] {
  const w = WORDS[language];
  return [
    [
      w.level,
      w.name,
      w.department,
      w.wonAmount,
      w.wonTarget,
      w.wonAttainment,
      w.collected,
      w.collectionTarget,
      w.collectionAttainment,
      w.receivable,
      ...AGEING_BUCKETS.map((bucket) => w[bucket]),
    ],
    ...report.people.map((row) => salesCells(w.person, row)),
    ...report.teams.map((row) => salesCells(w.team, row)),
    salesCells(w.total, report.total),
  ];
}

export function cockpitTable(
  report: Cockpit,
  stages: readonly StageRow[],
  language: ApiLanguage,
): Cell[][] {
  const w = WORDS[language];
  const stageName = stageNameOf(stages, language);
  const step = (key: 'leads' | 'won') => report.funnel.steps.find((s) => s.key === key)?.count ?? 0;
  const bottleneck = report.stageDurations.stages.find((s) => s.bottleneck);
  return [
    [w.figure, w.value],
    [w.leads, step('leads')],
    [w.won, step('won')],
    [w.leadToWon, percent(report.funnel.leadToWon)],
    [w.bottleneck, bottleneck ? stageName(bottleneck.stageId) : ''],
    [w.wonAmount, yuan(report.sales.wonCents)],
    [w.wonTarget, yuan(report.sales.wonTargetCents)],
    [w.collected, yuan(report.sales.collectedCents)],
    [w.collectionTarget, yuan(report.sales.collectionTargetCents)],
    [w.receivable, yuan(report.sales.receivableCents)],
    [w.over_90, yuan(report.sales.ageing.over_90)],
    [w.wonDeals, report.winLoss.wonCount],
    [w.lostDeals, report.winLoss.lostCount],
    [w.winRate, percent(report.winLoss.winRate)],
    [w.firstResponse, days(report.service.firstResponseMinutes)],
    [w.csat, percent(report.service.csat.value)],
    [w.manager, w.department, w.insightDays, w.reviewCoverage],
    ...report.managers.map((m) => [
      m.name,
      m.departmentName ?? '',
      m.insightDays.value ?? '',
      percent(m.reviewCoverage.value),
    ]),
  ];
}
