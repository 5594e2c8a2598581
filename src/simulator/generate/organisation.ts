import { hash } from '@node-rs/argon2';
import { closureOf } from '../../modules/org/hierarchy-closure.js';
import { userHistorySnapshot } from '../../modules/org/org.presenter.js';
import {
  MANAGER_BEHAVIOUR,
  MARKETING_BEHAVIOUR,
  PRODUCT_BEHAVIOUR,
  SALES_BEHAVIOUR,
  SERVICE_BEHAVIOUR,
} from '../archetypes.js';
import type { SimContext, SimUser } from '../context.js';
import type { PlannedUser } from '../org-plan.js';
import { DAY, HOUR, dateOfDay, iso, localMidnight } from '../sim-time.js';
import { PRODUCTS } from '../vocabulary/business.js';
import { logCreate } from '../history-rows.js';

/** The password of every simulated account (demo data only; printed at start-up). */
export const SIMULATED_PASSWORD = 'yardstick-demo';

/**
 * One argon2id hash for every account, salted from the run seed so that the same seed stores the
 * same bytes (a random salt would make every run differ) and hashing costs one call, not one per user.
 */
async function passwordHashFor(seed: number): Promise<string> {
  const salt = Buffer.from(`yardstick-sim-${seed >>> 0}`.padEnd(16, '-'));
  return hash(SIMULATED_PASSWORD, { salt });
}

function paramsOf(user: PlannedUser, userIds: ReadonlyMap<string, string>): unknown {
  switch (user.archetype) {
    case 'honest_twin':
      return { ...SALES_BEHAVIOUR.gamer, twinOf: userIds.get(user.twinOf ?? '') ?? null };
    case 'diligent':
    case 'results_only':
    case 'late_recorder':
    case 'gamer':
    case 'newcomer':
      return SALES_BEHAVIOUR[user.archetype];
    case 'fast_responder':
    case 'slow_responder':
      return SERVICE_BEHAVIOUR[user.archetype];
    case 'high_lead_quality':
    case 'low_lead_quality':
      return MARKETING_BEHAVIOUR[user.archetype];
    case 'adopts_feedback':
    case 'ignores_feedback':
      return PRODUCT_BEHAVIOUR[user.archetype];
    case 'engaged':
    case 'absent':
      return MANAGER_BEHAVIOUR[user.archetype];
    case 'staff':
      return {};
  }
}

/**
 * Departments, users with roles and closures, their recorded archetypes, the product catalogue
 * and the history rows the org service would have written. The CRM went live a week before the
 * simulated year; people who joined later get their account on their first day.
 */
export async function writeOrganisation(ctx: SimContext): Promise<SimUser[]> {
  const { sink, org, newId } = ctx;
  const rollout = ctx.startMs - 7 * DAY;
  const departmentIds = new Map<string, string>();
  for (const d of org.departments) {
    const id = newId(rollout);
    departmentIds.set(d.key, id);
    const parentId = d.parentKey ? (departmentIds.get(d.parentKey) ?? null) : null;
    const at = iso(rollout);
    await sink.push('departments', {
      id,
      name: d.name,
      parentId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
    await logCreate(ctx, 'department', id, null, rollout, { name: d.name, parentId });
  }
  const departmentLinks = org.departments.map((d) => ({
    id: departmentIds.get(d.key) ?? '',
    parentId: d.parentKey ? (departmentIds.get(d.parentKey) ?? null) : null,
  }));
  for (const pair of closureOf(departmentLinks)) await sink.push('departmentClosure', pair);

  const passwordHash = await passwordHashFor(ctx.seed);
  const userIds = new Map<string, string>();
  const users: SimUser[] = [];
  for (const planned of org.users) {
    const joinedMs = localMidnight(planned.joinedDay) + 9 * HOUR;
    const createdMs = Math.max(rollout, joinedMs);
    const id = newId(createdMs);
    userIds.set(planned.key, id);
    users.push({ ...planned, id, activeFromMs: Math.max(ctx.startMs, joinedMs) });
  }
  for (const user of users) {
    const createdAt = iso(Math.max(rollout, localMidnight(user.joinedDay) + 9 * HOUR));
    const row = {
      id: user.id,
      name: user.name,
      email: user.email,
      passwordHash,
      departmentId: departmentIds.get(user.departmentKey) ?? null,
      managerId: user.managerKey ? (userIds.get(user.managerKey) ?? null) : null,
      active: 1,
      locale: user.english ? 'en-US' : null,
      joinedOn: dateOfDay(user.joinedDay),
      leftOn: null,
      createdAt,
      updatedAt: createdAt,
    };
    await sink.push('users', row);
    const roles = [...new Set(user.roles)].sort();
    for (const role of roles) await sink.push('userRoles', { userId: user.id, role });
    await logCreate(
      ctx,
      'user',
      user.id,
      null,
      Date.parse(createdAt),
      userHistorySnapshot({ ...row, version: 1, roles }),
    );
    await sink.push('simulatorProfiles', {
      userId: user.id,
      kind: user.kind,
      archetype: user.archetype,
      managerStyle: user.managerStyle,
      params: JSON.stringify(paramsOf(user, userIds)),
    });
  }
  const managerLinks = users.map((u) => ({
    id: u.id,
    parentId: u.managerKey ? (userIds.get(u.managerKey) ?? null) : null,
  }));
  for (const pair of closureOf(managerLinks)) await sink.push('userClosure', pair);

  const admin = users.find((u) => u.key === 'admin');
  for (const product of PRODUCTS) {
    const id = newId(rollout);
    const row = {
      id,
      name: product.name,
      code: product.code,
      unitPriceCents: product.priceYuan * 100,
      currency: 'CNY',
      active: 1,
      createdBy: admin?.id ?? null,
      createdAt: iso(rollout),
      updatedAt: iso(rollout),
      deletedAt: null,
    };
    await sink.push('products', row);
    await logCreate(ctx, 'product', id, admin?.id ?? null, rollout, { ...row, version: 1 });
  }
  return users;
}
