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

  it('name a failed job as people call it', () => {
    expect(notificationMessage('job_failed', SAMPLE.job_failed, 'zh-CN', ZONE).body).toBe(
      '后台任务「数据质量检查」尝试 3 次后仍然失败：connection refused',
    );
    expect(notificationMessage('job_failed', SAMPLE.job_failed, 'en', ZONE).body).toBe(
      'The job “Data-quality rules” failed 3 times in a row: connection refused',
    );
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
