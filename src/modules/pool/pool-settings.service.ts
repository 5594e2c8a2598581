import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import { readSetting } from '../../platform/settings/settings.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import * as repo from './pool.repository.js';
import type { PoolSettings, PoolSettingsInput } from './pool.schema.js';

const KEYS = {
  claimCap: 'pool.claim_cap',
  cooldown: 'pool.reclaim_cooldown_days',
  version: 'pool.settings_version',
} as const;
export const DEFAULT_CLAIM_CAP = 200;
export const DEFAULT_RECLAIM_COOLDOWN_DAYS = 7;

const numberSetting = async (executor: Executor, key: string, fallback: number) => {
  const value = await readSetting(executor, key);
  return value === undefined ? fallback : Number(value);
};

/** The pool limits and the active return rules; unset limits take their defaults. */
export async function readPoolSettings(executor: Executor): Promise<PoolSettings> {
  const rules = (await repo.listPoolRules(executor))
    .filter((r) => r.active === 1)
    .map((r) => ({
      level: r.level,
      daysWithoutFollowUp: r.daysWithoutFollowUp,
      daysWithoutDeal: r.daysWithoutDeal,
    }))
    .sort((a, b) => (a.level ?? '~').localeCompare(b.level ?? '~'));
  return {
    claimCap: await numberSetting(executor, KEYS.claimCap, DEFAULT_CLAIM_CAP),
    reclaimCooldownDays: await numberSetting(
      executor,
      KEYS.cooldown,
      DEFAULT_RECLAIM_COOLDOWN_DAYS,
    ),
    rules,
    version: await numberSetting(executor, KEYS.version, 1),
  };
}

/** Replaces the limits and rules as one versioned document; rules left out are switched off, not deleted. */
export async function updatePoolSettings(
  db: Db,
  actor: Actor,
  input: PoolSettingsInput,
): Promise<PoolSettings> {
  return inTransaction(db, async (trx) => {
    const before = await readPoolSettings(trx);
    if (!(await repo.advanceSettingVersion(trx, KEYS.version, input.version)))
      throw staleVersion('pool_settings');
    const now = nowIso();
    await repo.putSetting(trx, KEYS.claimCap, String(input.claimCap));
    await repo.putSetting(trx, KEYS.cooldown, String(input.reclaimCooldownDays));
    const existing = await repo.listPoolRules(trx);
    for (const rule of input.rules) {
      const row = existing.find((r) => r.level === rule.level);
      const values = {
        daysWithoutFollowUp: rule.daysWithoutFollowUp,
        daysWithoutDeal: rule.daysWithoutDeal,
        active: 1 as const,
        updatedAt: now,
      };
      if (row) await repo.updatePoolRule(trx, row.id, values);
      else await repo.insertPoolRule(trx, { id: newId(), level: rule.level, ...values });
    }
    for (const row of existing) {
      if (row.active === 1 && !input.rules.some((r) => r.level === row.level)) {
        await repo.updatePoolRule(trx, row.id, {
          daysWithoutFollowUp: row.daysWithoutFollowUp,
          daysWithoutDeal: row.daysWithoutDeal,
          active: 0,
          updatedAt: now,
        });
      }
    }
    const after = await readPoolSettings(trx);
    const { version: _b, ...beforeFields } = before;
    const { version: _a, ...afterFields } = after;
    await writeHistory(trx, {
      entity: 'pool_settings',
      entityId: 'pool',
      action: 'update',
      actorId: actor.id,
      before: beforeFields,
      after: afterFields,
    });
    return after;
  });
}
