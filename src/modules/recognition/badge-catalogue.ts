import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { BadgeRule } from '../../domain/recognition/badge-rule.js';
import { BUILT_IN_BADGES } from '../../domain/recognition/built-in-badges.js';
import type { MetricCatalog } from '../metrics/metric-catalog.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { jsonSetting } from '../../platform/settings/json-setting.js';
import * as repo from './recognition.repository.js';

/** The built-in badges an admin switched off, by key (an organisation setting). */
const builtInBadgesOff = jsonSetting(
  'recognition_built_in_badges_off',
  z.object({ keys: z.array(z.string()) }),
  { keys: [] },
);
export const readBuiltInBadgesOff = builtInBadgesOff.read;
export const writeBuiltInBadgesOff = builtInBadgesOff.write;

/** A badge as the engine and the API see it: built-in or defined by an admin. */
export type Badge = {
  id: string | null;
  key: string;
  nameZh: string;
  nameEn: string;
  rule: BadgeRule;
  builtIn: boolean;
  active: boolean;
  version: number | null;
};

export function badgeOfRow(row: repo.BadgeRow): Badge {
  return {
    id: row.id,
    key: row.key,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    rule: JSON.parse(row.rule) as BadgeRule,
    builtIn: false,
    active: row.active === 1,
    version: row.version,
  };
}

export async function listAllBadges(db: Db): Promise<Badge[]> {
  const [rows, off] = await Promise.all([repo.listBadges(db.kysely), readBuiltInBadgesOff(db)]);
  const custom = rows.map(badgeOfRow);
  const builtIn = BUILT_IN_BADGES.map((b) => ({
    ...b,
    id: null,
    builtIn: true,
    active: !off.keys.includes(b.key),
    version: null,
  }));
  return [...builtIn, ...custom];
}

/** A badge the engine evaluates: active, on a metric the organisation measures, with its direction. */
export type LiveBadge = Badge & { dir: '+' | '-' };

/** The active badges whose metric is in the catalogue (a custom metric switched off grants nothing). */
export async function liveBadges(
  db: Db,
  catalog?: MetricCatalog,
): Promise<{ badges: LiveBadge[]; catalog: MetricCatalog }> {
  const metrics = catalog ?? (await loadMetricCatalog(db));
  const badges: LiveBadge[] = [];
  for (const badge of await listAllBadges(db)) {
    const definition = metrics.get(badge.rule.metric)?.definition;
    if (badge.active && definition) badges.push({ ...badge, dir: definition.dir });
  }
  return { badges, catalog: metrics };
}
