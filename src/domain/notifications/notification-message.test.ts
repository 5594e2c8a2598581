import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, type NotificationParams } from './notification-kind.js';
import { messageLanguageOf, notificationMessage } from './notification-message.js';

const ZONE = 'Asia/Shanghai';
const SAMPLE: NotificationParams = {
  plan_due_soon: { recordName: '星河科技', dueAt: '2026-11-18T02:30:00.000Z' },
  plan_overdue: { recordName: '星河科技', dueAt: '2026-11-17T16:30:00.000Z' },
  opportunity_stale: { opportunityName: 'ERP 升级', days: 15 },
  quality_flag: { rule: 'Q2', entity: 'customer', recordName: '星河科技' },
  cycle_self_review: { cycleName: '2026-11' },
  cycle_manager_review: { cycleName: '2026-11', participants: 3 },
  award: { nameZh: '最佳 CRM 用户', nameEn: 'Best CRM user' },
  badge: { nameZh: '首单告捷', nameEn: 'First deal won' },
  job_failed: { job: 'quality-rules', attempts: 3, error: 'connection refused' },
  weekly_digest: {
    week: '2026-W47',
    total: 62.5,
    items: [
      {
        metric: 'profile_completeness',
        nameZh: '客户信息完整度',
        nameEn: 'Customer profile completeness',
        unit: 'percent',
        points: 7.5,
        action: { kind: 'count_more', records: 6, of: 40 },
        link: '/appraisal?view=live:month&evidence=profile_completeness',
      },
      {
        metric: 'stale_pipeline',
        nameZh: '商机停滞率',
        nameEn: 'Stale pipeline',
        unit: 'percent',
        points: 5,
        action: { kind: 'count_fewer', records: 3, of: 10 },
        link: '/appraisal?view=live:month&evidence=stale_pipeline',
      },
      {
        metric: 'won_amount',
        nameZh: '成交金额',
        nameEn: 'Won amount',
        unit: 'money',
        points: 4.2,
        action: { kind: 'add', amount: 250_001 },
        link: '/appraisal?view=live:month&evidence=won_amount',
      },
    ],
  },
};

describe('notification messages', () => {
  it('show instants in the organisation zone', () => {
    expect(notificationMessage('plan_due_soon', SAMPLE.plan_due_soon, 'en', ZONE)).toEqual({
      title: 'Follow-up plan due soon',
      body: 'The follow-up plan for “星河科技” is due at 2026-11-18 10:30.',
    });
    // 16:30 UTC on 17 November is already 00:30 on 18 November in Shanghai.
    expect(notificationMessage('plan_overdue', SAMPLE.plan_overdue, 'zh-CN', ZONE).body).toBe(
      '「星河科技」的跟进计划已于 2026-11-18 00:30 到期，尚未完成。',
    );
  });

  it('name the data-quality rule in the reader language', () => {
    expect(notificationMessage('quality_flag', SAMPLE.quality_flag, 'zh-CN', ZONE).body).toBe(
      '你的记录「星河科技」被标记为疑似重复（Q2）。',
    );
    expect(notificationMessage('quality_flag', SAMPLE.quality_flag, 'en', ZONE).body).toBe(
      'Your record “星河科技” was flagged: likely duplicate (Q2).',
    );
  });

  it('count the flags announced with the newest one, rule by rule', () => {
    const many = { ...SAMPLE.quality_flag, others: { Q5: 6, Q3: 5 } };
    expect(notificationMessage('quality_flag', many, 'zh-CN', ZONE).body).toBe(
      '你的记录「星河科技」被标记为疑似重复（Q2）。另有 11 条新标记：内容过短 ×5、集中补录 ×6。',
    );
    expect(notificationMessage('quality_flag', many, 'en', ZONE).body).toBe(
      'Your record “星河科技” was flagged: likely duplicate (Q2). 11 more flags: thin content ×5, burst of records ×6.',
    );
    const one = { ...SAMPLE.quality_flag, others: { Q2: 1 } };
    expect(notificationMessage('quality_flag', one, 'en', ZONE).body).toBe(
      'Your record “星河科技” was flagged: likely duplicate (Q2). 1 more flag: likely duplicate ×1.',
    );
  });

  it('name a failed job as people call it', () => {
    expect(notificationMessage('job_failed', SAMPLE.job_failed, 'zh-CN', ZONE).body).toBe(
      '后台任务「数据质量检查」尝试 3 次后仍然失败：connection refused',
    );
    expect(notificationMessage('job_failed', SAMPLE.job_failed, 'en', ZONE).body).toBe(
      'The job “Data-quality rules” failed 3 times in a row: connection refused',
    );
  });

  it('word the weekly digest line by line, with the points and what to do', () => {
    expect(notificationMessage('weekly_digest', SAMPLE.weekly_digest, 'en', ZONE)).toEqual({
      title: 'What would raise your score this week',
      body: [
        'Your score so far this period is 62.5. These would raise it most:',
        '1. Customer profile completeness (up to +7.5 points): 6 more of its 40 records need to meet it.',
        '2. Stale pipeline (up to +5 points): deal with 3 of the 10 records it counts.',
        '3. Won amount (up to +4.2 points): add 2500.01 more.',
      ].join('\n'),
    });
    expect(notificationMessage('weekly_digest', SAMPLE.weekly_digest, 'zh-CN', ZONE)).toEqual({
      title: '本周提分建议',
      body: [
        '本期至今你的得分为 62.5 分。这些事项最能提高得分：',
        '1. 客户信息完整度（最多可提高 7.5 分）：还需 6 条记录达标（共 40 条）。',
        '2. 商机停滞率（最多可提高 5 分）：需处理其中 3 条记录（共 10 条计入）。',
        '3. 成交金额（最多可提高 4.2 分）：还需增加 2500.01。',
      ].join('\n'),
    });
  });

  it('word a digest value by its unit and its direction', () => {
    const reach = (value: number, target: number, unit: 'percent' | 'days' | 'per_week') => ({
      ...SAMPLE.weekly_digest,
      total: null,
      items: [
        {
          metric: 'profile_completeness',
          nameZh: '客户信息完整度',
          nameEn: 'Customer profile completeness',
          points: 7.5,
          link: '/appraisal?view=live:month&evidence=profile_completeness',
          unit,
          action: { kind: 'reach' as const, value, target },
        },
      ],
    });
    expect(notificationMessage('weekly_digest', reach(40, 30, 'days'), 'en', ZONE).body).toBe(
      'These would raise your score most this period:\n' +
        '1. Customer profile completeness (up to +7.5 points): bring it down from 40 to 30.',
    );
    expect(
      notificationMessage('weekly_digest', reach(2.54, 4, 'per_week'), 'zh-CN', ZONE).body,
    ).toBe(
      '本期至今，以下事项最能提高你的得分：\n' +
        '1. 客户信息完整度（最多可提高 7.5 分）：从 2.5 提高到 4。',
    );
    expect(
      notificationMessage('weekly_digest', reach(0.456, 0.8, 'percent'), 'en', ZONE).body,
    ).toContain('raise it from 45.6% to 80%.');
  });

  it.each(NOTIFICATION_KINDS)('word %s in both languages, differently', (kind) => {
    const zh = notificationMessage(kind, SAMPLE[kind], 'zh-CN', ZONE);
    const en = notificationMessage(kind, SAMPLE[kind], 'en', ZONE);
    expect(zh.title).not.toBe(en.title);
    expect(zh.body).not.toBe(en.body);
    expect(`${zh.title}${zh.body}${en.title}${en.body}`).not.toContain('undefined');
  });

  it('take English only for users who chose it', () => {
    expect(messageLanguageOf('en')).toBe('en');
    expect(messageLanguageOf('zh-CN')).toBe('zh-CN');
    expect(messageLanguageOf(null)).toBe('zh-CN');
  });
});
