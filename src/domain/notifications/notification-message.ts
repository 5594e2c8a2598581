import { DateTime } from 'luxon';
import type { MetricUnit } from '../metrics/catalog.js';
import type { DigestLine, NotificationKind, NotificationParams } from './notification-kind.js';

export type MessageLanguage = 'zh-CN' | 'en';
export type NotificationMessage = { title: string; body: string };

type Wording<K extends NotificationKind> = (
  params: NotificationParams[K],
  at: (iso: string) => string,
) => NotificationMessage;
type Catalogue = { [K in NotificationKind]: Wording<K> };

const RULE_NAMES: Record<MessageLanguage, Record<string, string>> = {
  'zh-CN': {
    Q1: '占位内容',
    Q2: '疑似重复',
    Q3: '内容过短',
    Q4: '复制粘贴',
    Q5: '集中补录',
    Q6: '事后补录',
    Q7: '创建后删除',
  },
  en: {
    Q1: 'placeholder value',
    Q2: 'likely duplicate',
    Q3: 'thin content',
    Q4: 'copy-pasted content',
    Q5: 'burst of records',
    Q6: 'backfilled record',
    Q7: 'created then deleted',
  },
};

/** The other flags announced with the newest one: how many, and each rule named with its count. */
function othersByRule(
  others: Record<string, number> | undefined,
  language: MessageLanguage,
): { count: number; rules: string[] } | null {
  const rules = Object.entries(others ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (rules.length === 0) return null;
  return {
    count: rules.reduce((sum, [, n]) => sum + n, 0),
    rules: rules.map(([rule, n]) => `${RULE_NAMES[language][rule] ?? rule} ×${n}`),
  };
}

/** The scheduled jobs by name (src/jobs/jobs.ts), as people call them. */
export const JOB_NAMES: Record<MessageLanguage, Record<string, string>> = {
  'zh-CN': {
    'pool-return': '公海回收',
    'quality-rules': '数据质量检查',
    'cycle-recompute': '考核周期重算',
    recognition: '奖项与徽章评定',
    'weekly-digest': '每周摘要',
    'job-log-cleanup': '任务日志清理',
    'planner-statistics': '查询统计信息更新',
    notifications: '提醒生成',
    'notification-deliveries': '外部渠道发送',
  },
  en: {
    'pool-return': 'Return to the public pool',
    'quality-rules': 'Data-quality rules',
    'cycle-recompute': 'Recompute of open cycles',
    recognition: 'Awards and badges',
    'weekly-digest': 'Weekly digest',
    'job-log-cleanup': 'Job log clean-up',
    'planner-statistics': 'Query planner statistics',
    notifications: 'Reminders',
    'notification-deliveries': 'Deliveries to outside channels',
  },
};

/** A metric's value as people read it: shares in %, money from cents, others to one decimal. */
export function unitValue(value: number, unit: MetricUnit): string {
  if (unit === 'percent') return `${Math.round(value * 1000) / 10}%`;
  if (unit === 'money') return (value / 100).toFixed(2);
  return String(Math.round(value * 10) / 10);
}

function digestLineZh(line: DigestLine, index: number): string {
  const a = line.action;
  const todo =
    a.kind === 'count_more'
      ? `还需 ${a.records} 条记录达标（共 ${a.of} 条）`
      : a.kind === 'count_fewer'
        ? `需处理其中 ${a.records} 条记录（共 ${a.of} 条计入）`
        : a.kind === 'add'
          ? `还需增加 ${unitValue(a.amount, line.unit)}`
          : `从 ${unitValue(a.value, line.unit)} ${a.target < a.value ? '降到' : '提高到'} ${unitValue(a.target, line.unit)}`;
  return `${index + 1}. ${line.nameZh}（最多可提高 ${line.points} 分）：${todo}。`;
}

function digestLineEn(line: DigestLine, index: number): string {
  const a = line.action;
  const todo =
    a.kind === 'count_more'
      ? `${a.records} more of its ${a.of} records need to meet it`
      : a.kind === 'count_fewer'
        ? `deal with ${a.records} of the ${a.of} records it counts`
        : a.kind === 'add'
          ? `add ${unitValue(a.amount, line.unit)} more`
          : `${a.target < a.value ? 'bring it down' : 'raise it'} from ${unitValue(a.value, line.unit)} to ${unitValue(a.target, line.unit)}`;
  return `${index + 1}. ${line.nameEn} (up to +${line.points} points): ${todo}.`;
}

const ZH: Catalogue = {
  plan_due_soon: (p, at) => ({
    title: '跟进计划即将到期',
    body: `「${p.recordName}」的跟进计划将于 ${at(p.dueAt)} 到期。`,
  }),
  plan_overdue: (p, at) => ({
    title: '跟进计划已逾期',
    body: `「${p.recordName}」的跟进计划已于 ${at(p.dueAt)} 到期，尚未完成。`,
  }),
  opportunity_stale: (p) => ({
    title: '商机停滞',
    body: `商机「${p.opportunityName}」已 ${p.days} 天没有跟进或阶段变化。`,
  }),
  quality_flag: (p) => {
    const others = othersByRule(p.others, 'zh-CN');
    return {
      title: '数据质量提示',
      body:
        `你的记录「${p.recordName}」被标记为${RULE_NAMES['zh-CN'][p.rule] ?? p.rule}（${p.rule}）。` +
        (others ? `另有 ${others.count} 条新标记：${others.rules.join('、')}。` : ''),
    };
  },
  cycle_self_review: (p) => ({
    title: '请完成自评',
    body: `考核周期「${p.cycleName}」已进入自评阶段，等待你的自评。`,
  }),
  cycle_manager_review: (p) => ({
    title: '请完成上级评价',
    body: `考核周期「${p.cycleName}」已进入上级评价阶段，你的 ${p.participants} 位下属等待评价。`,
  }),
  award: (p) => ({ title: '你获得了奖项', body: `恭喜！你获得了「${p.nameZh}」。` }),
  badge: (p) => ({ title: '你获得了徽章', body: `恭喜！你获得了徽章「${p.nameZh}」。` }),
  job_failed: (p) => ({
    title: '后台任务失败',
    body: `后台任务「${JOB_NAMES['zh-CN'][p.job] ?? p.job}」尝试 ${p.attempts} 次后仍然失败：${p.error}`,
  }),
  weekly_digest: (p) => ({
    title: '本周提分建议',
    body: [
      p.total === null
        ? '本期至今，以下事项最能提高你的得分：'
        : `本期至今你的得分为 ${p.total} 分。这些事项最能提高得分：`,
      ...p.items.map(digestLineZh),
    ].join('\n'),
  }),
};

const EN: Catalogue = {
  plan_due_soon: (p, at) => ({
    title: 'Follow-up plan due soon',
    body: `The follow-up plan for “${p.recordName}” is due at ${at(p.dueAt)}.`,
  }),
  plan_overdue: (p, at) => ({
    title: 'Follow-up plan overdue',
    body: `The follow-up plan for “${p.recordName}” was due at ${at(p.dueAt)} and is not done yet.`,
  }),
  opportunity_stale: (p) => ({
    title: 'Stale opportunity',
    body: `The opportunity “${p.opportunityName}” has had no follow-up or stage change for ${p.days} days.`,
  }),
  quality_flag: (p) => {
    const others = othersByRule(p.others, 'en');
    return {
      title: 'Data-quality flag',
      body:
        `Your record “${p.recordName}” was flagged: ${RULE_NAMES.en[p.rule] ?? p.rule} (${p.rule}).` +
        (others
          ? ` ${others.count} more ${others.count === 1 ? 'flag' : 'flags'}: ${others.rules.join(', ')}.`
          : ''),
    };
  },
  cycle_self_review: (p) => ({
    title: 'Your self review is waiting',
    body: `The appraisal cycle “${p.cycleName}” is in self review and waits for yours.`,
  }),
  cycle_manager_review: (p) => ({
    title: 'Manager review is waiting',
    body: `The appraisal cycle “${p.cycleName}” is in manager review: ${p.participants} of your reports wait for your review.`,
  }),
  award: (p) => ({
    title: 'You received an award',
    body: `Congratulations! You received “${p.nameEn}”.`,
  }),
  badge: (p) => ({
    title: 'You earned a badge',
    body: `Congratulations! You earned the badge “${p.nameEn}”.`,
  }),
  job_failed: (p) => ({
    title: 'A scheduled job failed',
    body: `The job “${JOB_NAMES.en[p.job] ?? p.job}” failed ${p.attempts} times in a row: ${p.error}`,
  }),
  weekly_digest: (p) => ({
    title: 'What would raise your score this week',
    body: [
      p.total === null
        ? 'These would raise your score most this period:'
        : `Your score so far this period is ${p.total}. These would raise it most:`,
      ...p.items.map(digestLineEn),
    ].join('\n'),
  }),
};

const CATALOGUES: Record<MessageLanguage, Catalogue> = { 'zh-CN': ZH, en: EN };

/** Words a notification in one language; instants are shown in the organisation's zone. */
export function notificationMessage<K extends NotificationKind>(
  kind: K,
  params: NotificationParams[K],
  language: MessageLanguage,
  zone: string,
): NotificationMessage {
  const at = (iso: string) =>
    DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
  const wording = CATALOGUES[language][kind] as Wording<K>;
  return wording(params, at);
}

/** A user's stored locale as a message language (Chinese unless they chose English). */
export function messageLanguageOf(locale: string | null): MessageLanguage {
  return locale === 'en' ? 'en' : 'zh-CN';
}
