import { beforeAll, expect, it, vi } from 'vitest';
import * as historyRepository from '../../src/platform/history/history.repository.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

describeEngines('history', (use) => {
  let rep: string;
  beforeAll(async () => {
    await buildOrg(use().db);
    rep = await use().login('rep1@example.com', PASSWORD);
  });

  it('records every changed field of a write with old and new values, actor and time', async () => {
    const created = (
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep,
        payload: { name: '杭州云帆科技有限公司', level: 'B', phone: '13800138000' },
      })
    ).json();
    const updated = await use().request({
      method: 'PATCH',
      url: `/api/v1/customers/${created.id}`,
      as: rep,
      payload: { version: created.version, level: 'A', region: '浙江' },
    });
    expect(updated.statusCode).toBe(200);
    const history = (
      await use().request({
        method: 'GET',
        url: `/api/v1/customers/${created.id}/history`,
        as: rep,
      })
    ).json();
    const updates = history.items.filter((h: { action: string }) => h.action === 'update');
    expect(
      updates
        .map((h: { field: string; oldValue: string | null; newValue: string | null }) => [
          h.field,
          h.oldValue,
          h.newValue,
        ])
        .sort(),
    ).toEqual([
      ['level', 'B', 'A'],
      ['region', null, '浙江'],
    ]);
    expect(updates[0].actorId).toBe(created.createdBy);
    expect(Date.parse(updates[0].at)).toBeGreaterThan(Date.parse(created.createdAt) - 1000);
  });

  it('writes history in the same transaction as the change: if history fails, the change is not saved', async () => {
    const created = (
      await use().request({
        method: 'POST',
        url: '/api/v1/customers',
        as: rep,
        payload: { name: 'Atomic Ltd' },
      })
    ).json();
    const spy = vi
      .spyOn(historyRepository, 'writeHistory')
      .mockRejectedValueOnce(new Error('history store down'));
    try {
      const failed = await use().request({
        method: 'PATCH',
        url: `/api/v1/customers/${created.id}`,
        as: rep,
        payload: { version: created.version, name: 'Changed' },
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      spy.mockRestore();
    }
    const now = (
      await use().request({ method: 'GET', url: `/api/v1/customers/${created.id}`, as: rep })
    ).json();
    expect(now).toMatchObject({ name: 'Atomic Ltd', version: created.version });
  });
});
