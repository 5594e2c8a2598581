import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { RecognitionGrantsTable } from '../../db/tables/recognition.table.js';
import { evaluateBadge } from '../../domain/recognition/badge-rule.js';
import { badgeWindowPeriod } from '../../domain/recognition/badge-window.js';
import { orgDay } from '../../domain/time/org-day.js';
import { newId } from '../../platform/ids.js';
import { measure } from '../metrics/metric-engine.js';
import type { MetricCatalog } from '../metrics/metric-catalog.js';
import type { LiveBadge } from './badge-catalogue.js';
import * as repo from './recognition.repository.js';

/** Ratio metrics measured over a badge's recent days need this many items (METRICS.md). */
const WINDOW_MIN_SAMPLE = 5;

/**
 * The "last days" and "last month" badges earned as of `now`: each window measured once for every
 * active user who does not hold the badge yet, all of a window's metrics together.
 */
export async function windowBadgeGrants(
  db: Db,
  badges: readonly LiveBadge[],
  catalog: MetricCatalog,
  now: Date,
  zone: string,
): Promise<Insertable<RecognitionGrantsTable>[]> {
  const today = orgDay(now, zone);
  const windows = new Map<
    string,
    { window: ReturnType<typeof badgeWindowPeriod>; badges: LiveBadge[] }
  >();
  for (const badge of badges) {
    const w = badge.rule.window;
    if (w.kind === 'cycles') continue;
    const window = badgeWindowPeriod(w, today, zone);
    const entry = windows.get(window.occasion) ?? { window, badges: [] };
    entry.badges.push(badge);
    windows.set(window.occasion, entry);
  }
  if (windows.size === 0) return [];
  const subjects = await repo.activeSubjects(db.kysely);
  const held = await repo.holdersOf(
    db.kysely,
    badges.map((b) => b.key),
  );
  const iso = now.toISOString();
  const rows: Insertable<RecognitionGrantsTable>[] = [];
  for (const { window, badges: inWindow } of windows.values()) {
    const measured = await measure(
      db,
      window.period,
      zone,
      [...new Set(inWindow.map((b) => b.rule.metric))],
      subjects,
      catalog,
    );
    for (const badge of inWindow)
      for (const s of subjects) {
        if (held.has(`${badge.key}:${s.userId}`)) continue;
        const value = measured.valueOf(badge.rule.metric, s.userId, WINDOW_MIN_SAMPLE).value;
        const evidence = evaluateBadge(badge.rule, badge.dir, [
          { occasion: window.occasion, value },
        ]);
        if (evidence)
          rows.push({
            id: newId(),
            kind: 'badge',
            key: badge.key,
            userId: s.userId,
            occasion: '',
            cycleId: null,
            role: null,
            departmentId: null,
            nameZh: badge.nameZh,
            nameEn: badge.nameEn,
            evidence: JSON.stringify(evidence),
            grantedAt: iso,
          });
      }
  }
  return rows;
}
