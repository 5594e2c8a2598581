import type { ApiLanguage } from '../../platform/errors/request-language.js';
import type { Cell } from '../../platform/export/csv.js';
import type { adoptionOf } from './adoption.service.js';
import type { AdoptionRow, ServiceRow, WinLossRow } from './reports.schema.js';
import type { serviceOf } from './service-report.service.js';
import type { winLossOf } from './win-loss.service.js';

type Adoption = Awaited<ReturnType<typeof adoptionOf>>;
type WinLoss = Awaited<ReturnType<typeof winLossOf>>;
type Service = Awaited<ReturnType<typeof serviceOf>>;

const WORDS = {
  en: {
    team: 'Team',
    from: 'From',
    to: 'To',
    members: 'Members',
    activeUsers: 'Active users',
    completeness: 'Profile completeness %',
    timeliness: 'Timeliness %',
    activities: 'Activities',
    flagged: 'Records with open flags',
    flagRate: 'Flag rate %',
    noTeam: 'No department',
    allTeams: 'All teams',
    group: 'Group',
    value: 'Value',
    reason: 'Close reason',
    source: 'Lead source',
    industry: 'Customer industry',
    person: 'Person',
    total: 'Total',
    notSet: 'Not set',
    won: 'Won',
    wonAmount: 'Won amount (¥)',
    lost: 'Lost',
    lostAmount: 'Lost amount (¥)',
    winRate: 'Win rate %',
    level: 'Level',
    agent: 'Agent',
    name: 'Name',
    department: 'Department',
    tickets: 'Tickets',
    firstResponse: 'First response, median (min)',
    resolved: 'Resolved',
    resolution: 'Resolution, median (h)',
    rated: 'Rated',
    csat: 'CSAT %',
    adopted: 'Feedback adopted',
  },
  'zh-CN': {
    team: '团队',
    from: '开始',
    to: '结束',
    members: '人数',
    activeUsers: '活跃用户',
    completeness: '客户信息完整度 %',
    timeliness: '数据更新及时性 %',
    activities: '活动数',
    flagged: '有未处理数据问题的记录',
    flagRate: '数据质量问题率 %',
    noTeam: '无部门',
    allTeams: '全部团队',
    group: '分组',
    value: '取值',
    reason: '关闭原因',
    source: '线索来源',
    industry: '客户行业',
    person: '个人',
    total: '合计',
    notSet: '未填写',
    won: '赢单数',
    wonAmount: '赢单金额（元）',
    lost: '丢单数',
    lostAmount: '丢单金额（元）',
    winRate: '赢单率 %',
    level: '层级',
    agent: '客服',
    name: '名称',
    department: '部门',
    tickets: '工单数',
    firstResponse: '首次响应中位数（分钟）',
    resolved: '已解决',
    resolution: '解决时长中位数（小时）',
    rated: '已评价',
    csat: '客户满意度 %',
    adopted: '需求反馈采纳数',
  },
} as const;

const yuan = (cents: number) => (cents / 100).toFixed(2);
const percent = (share: number | null) => (share === null ? '' : (share * 100).toFixed(1));
const oneDecimal = (value: number | null) => (value === null ? '' : value.toFixed(1));

export function adoptionTable(report: Adoption, language: ApiLanguage): Cell[][] {
  const w = WORDS[language];
  const line = (team: string, row: AdoptionRow) => [
    team,
    row.from,
    row.to,
    row.members,
    row.activeUsers,
    percent(row.completeness.value),
    percent(row.timeliness.value),
    row.activities,
    row.flags.numerator,
    percent(row.flags.value),
  ];
  return [
    [
      w.team,
      w.from,
      w.to,
      w.members,
      w.activeUsers,
      w.completeness,
      w.timeliness,
      w.activities,
      w.flagged,
      w.flagRate,
    ],
    ...report.teams.map((row) => line(row.departmentName ?? w.noTeam, row)),
    ...report.total.map((row) => line(w.allTeams, row)),
  ];
}

export function winLossTable(report: WinLoss, language: ApiLanguage): Cell[][] {
  const w = WORDS[language];
  const line = (group: string, value: string, row: WinLossRow) => [
    group,
    value,
    row.wonCount,
    yuan(row.wonCents),
    row.lostCount,
    yuan(row.lostCents),
    percent(row.winRate),
  ];
  const valueOf = (row: WinLossRow) => row.name ?? w.notSet;
  return [
    [w.group, w.value, w.won, w.wonAmount, w.lost, w.lostAmount, w.winRate],
    ...report.byReason.map((row) => line(w.reason, valueOf(row), row)),
    ...report.bySource.map((row) => line(w.source, valueOf(row), row)),
    ...report.byIndustry.map((row) => line(w.industry, valueOf(row), row)),
    ...report.byPerson.map((row) => line(w.person, row.name ?? '', row)),
    line(w.total, '', report.total),
  ];
}

export function serviceTable(report: Service, language: ApiLanguage): Cell[][] {
  const w = WORDS[language];
  const line = (level: string, row: ServiceRow) => [
    level,
    row.name ?? '',
    row.departmentName ?? '',
    row.tickets,
    oneDecimal(row.firstResponseMinutes),
    row.resolved,
    oneDecimal(row.resolutionHours),
    row.csat.denominator,
    percent(row.csat.value),
    row.feedbackAdopted,
  ];
  return [
    [
      w.level,
      w.name,
      w.department,
      w.tickets,
      w.firstResponse,
      w.resolved,
      w.resolution,
      w.rated,
      w.csat,
      w.adopted,
    ],
    ...report.agents.map((row) => line(w.agent, row)),
    ...report.teams.map((row) => line(w.team, row)),
    line(w.total, report.total),
  ];
}
