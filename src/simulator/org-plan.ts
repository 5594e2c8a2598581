import type { Role } from '../platform/policy/roles.js';
import {
  NEWCOMER_MAX_TENURE_DAYS,
  SALES_MIX,
  type Archetype,
  type ManagerArchetype,
  type SalesArchetype,
} from './archetypes.js';
import type { Rng } from './prng.js';
import type { Scale } from './scales.js';
import { REGIONS } from './vocabulary/business.js';
import { GIVEN_NAMES, SURNAMES } from './vocabulary/people.js';

export type UserKind = 'sales' | 'service' | 'marketing' | 'product' | 'manager' | 'staff';

export type PlannedDepartment = { key: string; name: string; parentKey: string | null };

export type PlannedUser = {
  key: string;
  name: string;
  email: string;
  roles: Role[];
  departmentKey: string;
  managerKey: string | null;
  kind: UserKind;
  archetype: Archetype;
  /** For people who lead a team: whether they use the data (reports, scorecards) or not. */
  managerStyle: ManagerArchetype | null;
  /** Local day number the person joined. */
  joinedDay: number;
  /** Writes notes in English. */
  english: boolean;
  /** For an honest twin: the key of the gamer whose real work they share. */
  twinOf?: string;
};

export type OrgPlan = { departments: PlannedDepartment[]; users: PlannedUser[] };

const DOMAIN = 'demo.yardstick.local';

/**
 * The demo accounts printed at start-up (password `yardstick-demo`), with fixed behaviours so
 * that a visitor sees every kind of user: Zhang Wei is diligent, Liu Yang games the numbers,
 * Yang Fan backfills at month end, Chen Jing wins deals with thin records and ignores reports.
 */
const NAMED: readonly (Omit<PlannedUser, 'joinedDay' | 'english' | 'email'> & { local: string })[] =
  [
    {
      key: 'admin',
      local: 'admin',
      name: '系统管理员 Admin',
      roles: ['admin'],
      departmentKey: 'hq',
      managerKey: null,
      kind: 'staff',
      archetype: 'staff',
      managerStyle: null,
    },
    {
      key: 'ceo',
      local: 'ceo',
      name: '周总 Zhou (CEO)',
      roles: ['executive'],
      departmentKey: 'hq',
      managerKey: null,
      kind: 'manager',
      archetype: 'engaged',
      managerStyle: 'engaged',
    },
    {
      key: 'hr',
      local: 'hr',
      name: '何敏 He Min (HR)',
      roles: ['hr'],
      departmentKey: 'hq',
      managerKey: 'ceo',
      kind: 'staff',
      archetype: 'staff',
      managerStyle: null,
    },
    {
      key: 'sales.director',
      local: 'sales.director',
      name: '王强 Wang Qiang',
      roles: ['manager'],
      departmentKey: 'sales',
      managerKey: 'ceo',
      kind: 'manager',
      archetype: 'engaged',
      managerStyle: 'engaged',
    },
    {
      key: 'east.lead',
      local: 'east.lead',
      name: '李娜 Li Na',
      roles: ['manager', 'sales'],
      departmentKey: 'sales-0',
      managerKey: 'sales.director',
      kind: 'sales',
      archetype: 'diligent',
      managerStyle: 'engaged',
    },
    {
      key: 'zhang.wei',
      local: 'zhang.wei',
      name: '张伟 Zhang Wei',
      roles: ['sales'],
      departmentKey: 'sales-0',
      managerKey: 'east.lead',
      kind: 'sales',
      archetype: 'diligent',
      managerStyle: null,
    },
    {
      key: 'liu.yang',
      local: 'liu.yang',
      name: '刘洋 Liu Yang',
      roles: ['sales'],
      departmentKey: 'sales-0',
      managerKey: 'east.lead',
      kind: 'sales',
      archetype: 'gamer',
      managerStyle: null,
    },
    {
      key: 'north.lead',
      local: 'north.lead',
      name: '陈静 Chen Jing',
      roles: ['manager', 'sales'],
      departmentKey: 'sales-1',
      managerKey: 'sales.director',
      kind: 'sales',
      archetype: 'results_only',
      managerStyle: 'absent',
    },
    {
      key: 'yang.fan',
      local: 'yang.fan',
      name: '杨帆 Yang Fan',
      roles: ['sales'],
      departmentKey: 'sales-1',
      managerKey: 'north.lead',
      kind: 'sales',
      archetype: 'late_recorder',
      managerStyle: null,
    },
    {
      key: 'service.lead',
      local: 'service.lead',
      name: '赵磊 Zhao Lei',
      roles: ['manager', 'service'],
      departmentKey: 'service',
      managerKey: 'ceo',
      kind: 'service',
      archetype: 'fast_responder',
      managerStyle: 'engaged',
    },
    {
      key: 'sun.li',
      local: 'sun.li',
      name: '孙丽 Sun Li',
      roles: ['service'],
      departmentKey: 'service',
      managerKey: 'service.lead',
      kind: 'service',
      archetype: 'fast_responder',
      managerStyle: null,
    },
    {
      key: 'marketing.lead',
      local: 'marketing.lead',
      name: '吴芳 Wu Fang',
      roles: ['manager', 'marketing'],
      departmentKey: 'marketing',
      managerKey: 'ceo',
      kind: 'marketing',
      archetype: 'high_lead_quality',
      managerStyle: 'absent',
    },
    {
      key: 'zheng.hao',
      local: 'zheng.hao',
      name: '郑浩 Zheng Hao',
      roles: ['marketing'],
      departmentKey: 'marketing',
      managerKey: 'marketing.lead',
      kind: 'marketing',
      archetype: 'high_lead_quality',
      managerStyle: null,
    },
    {
      key: 'lin.chen',
      local: 'lin.chen',
      name: '林晨 Lin Chen',
      roles: ['product'],
      departmentKey: 'product',
      managerKey: 'ceo',
      kind: 'product',
      archetype: 'adopts_feedback',
      managerStyle: null,
    },
  ];

const BASE_DEPARTMENTS: readonly PlannedDepartment[] = [
  { key: 'hq', name: '总部 Head Office', parentKey: null },
  { key: 'sales', name: '销售部 Sales', parentKey: 'hq' },
  { key: 'sales-0', name: '华东销售组 Sales East', parentKey: 'sales' },
  { key: 'sales-1', name: '华北销售组 Sales North', parentKey: 'sales' },
  { key: 'service', name: '客服部 Service', parentKey: 'hq' },
  { key: 'marketing', name: '市场部 Marketing', parentKey: 'hq' },
  { key: 'product', name: '产品部 Product', parentKey: 'hq' },
];

/** Sellers per sales team before a new team (with its own lead) is opened. */
const TEAM_SIZE = 8;

/**
 * The first generated sellers: a newcomer (no named account is one), then sellers a healthy team
 * is made of, so that the small demo company has one gamer and one late recorder (the named
 * accounts) among its sellers; larger companies meet the others in the mix.
 */
const FIRST_SALES: readonly SalesArchetype[] = [
  'newcomer',
  'results_only',
  'diligent',
  'diligent',
  'gamer',
];

/**
 * Who works at the company: the named demo accounts, then generated people up to the scale's
 * head count: about 68 % sellers in teams of eight, 14 % service, 9 % marketing, the rest product.
 */
export function planOrganisation(
  scale: Scale,
  rng: Rng,
  startDay: number,
  endDay: number,
): OrgPlan {
  const departments = [...BASE_DEPARTMENTS];
  const users: PlannedUser[] = [];
  const veteran = () => startDay - rng.int(60, 1500);
  for (const named of NAMED) {
    const { local, ...rest } = named;
    users.push({ ...rest, email: `${local}@${DOMAIN}`, joinedDay: veteran(), english: false });
  }

  const extra = Math.max(0, scale.users - users.length);
  const service = Math.round(extra * 0.14);
  const marketing = Math.max(extra > 3 ? 1 : 0, Math.round(extra * 0.09));
  const product = Math.round(extra * 0.05);
  const sellers = extra - service - marketing - product;

  let serial = 0;
  const person = (): { name: string; email: string } => {
    serial += 1;
    const [surname, surnamePinyin] = rng.pick(SURNAMES);
    const [given, givenPinyin] = rng.pick(GIVEN_NAMES);
    return {
      name: `${surname}${given}`,
      email: `${surnamePinyin}.${givenPinyin}.${serial}@${DOMAIN}`,
    };
  };

  // Sales: the two named teams take sellers first; then new regional teams with a lead each.
  const teams: { key: string; leadKey: string; size: number }[] = [
    { key: 'sales-0', leadKey: 'east.lead', size: 3 },
    { key: 'sales-1', leadKey: 'north.lead', size: 2 },
  ];
  const teamWithRoom = (): { key: string; leadKey: string; size: number } => {
    const open = teams.find((t) => t.size < TEAM_SIZE);
    if (open) return open;
    const n = teams.length;
    const lead = person();
    const key = `sales-${n}`;
    departments.push({ key, name: `${rng.pick(REGIONS)}销售${n + 1}组`, parentKey: 'sales' });
    const leadKey = `lead-${n}`;
    users.push({
      key: leadKey,
      ...lead,
      roles: ['manager', 'sales'],
      departmentKey: key,
      managerKey: 'sales.director',
      kind: 'sales',
      archetype: rng.chance(0.6) ? 'diligent' : 'results_only',
      managerStyle: rng.chance(0.65) ? 'engaged' : 'absent',
      joinedDay: veteran(),
      english: false,
    });
    const team = { key, leadKey, size: 1 };
    teams.push(team);
    return team;
  };
  let generatedSellers = 0;
  let sellerCount = 0;
  while (sellerCount < sellers) {
    const before = teams.length;
    const team = teamWithRoom();
    if (teams.length > before) sellerCount += 1;
    if (sellerCount >= sellers) break;
    const archetype =
      FIRST_SALES[generatedSellers] ??
      SALES_MIX[rng.weighted(SALES_MIX.map(([, w]) => w))]?.[0] ??
      'diligent';
    generatedSellers += 1;
    sellerCount += 1;
    team.size += 1;
    users.push({
      key: `rep-${generatedSellers}`,
      ...person(),
      roles: ['sales'],
      departmentKey: team.key,
      managerKey: team.leadKey,
      kind: 'sales',
      archetype,
      managerStyle: null,
      joinedDay:
        archetype === 'newcomer' ? endDay - rng.int(14, NEWCOMER_MAX_TENURE_DAYS) : veteran(),
      english: rng.chance(0.08),
    });
  }

  const staff = (
    count: number,
    kind: 'service' | 'marketing' | 'product',
    first: Archetype,
    other: Archetype,
    managerKey: string,
  ) => {
    for (let i = 0; i < count; i += 1) {
      users.push({
        key: `${kind}-${i + 1}`,
        ...person(),
        roles: [kind],
        departmentKey: kind,
        managerKey,
        kind,
        archetype: i === 0 ? first : rng.chance(0.5) ? first : other,
        managerStyle: null,
        joinedDay: veteran(),
        english: false,
      });
    }
  };
  staff(service, 'service', 'slow_responder', 'fast_responder', 'service.lead');
  staff(marketing, 'marketing', 'low_lead_quality', 'high_lead_quality', 'marketing.lead');
  staff(product, 'product', 'ignores_feedback', 'adopts_feedback', 'ceo');
  return { departments, users };
}

/**
 * The plan with an honest twin beside every gamer: same team, manager, join day and language, its
 * own account (archetype `honest_twin`), so that a gamer's appraisal can be compared with what the
 * same real work scores without the fabricated records.
 */
export function withHonestTwins(plan: OrgPlan): OrgPlan {
  const twins = plan.users
    .filter((u) => u.archetype === 'gamer')
    .map((gamer): PlannedUser => ({
      ...gamer,
      key: `${gamer.key}.twin`,
      name: `${gamer.name}（诚实对照 honest twin）`,
      email: `twin.${gamer.email}`,
      roles: ['sales'],
      archetype: 'honest_twin',
      managerStyle: null,
      twinOf: gamer.key,
    }));
  return { departments: plan.departments, users: [...plan.users, ...twins] };
}
