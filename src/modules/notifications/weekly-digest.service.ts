import type { Db } from '../../db/database.js';
import type { DigestLine } from '../../domain/notifications/notification-kind.js';
import { digestItemsOf, digestSuggestions } from '../../domain/notifications/weekly-digest.js';
import { orgDay, orgWeek } from '../../domain/time/org-day.js';
import { assignTemplates, participantsOf } from '../appraisal/participants.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { scoreParticipants } from '../appraisal/score-participants.js';
import { liveScoring } from '../scorecard/live-scorecard.service.js';
import { listActiveUsers } from '../scorecard/scorecard.repository.js';
import { preferencesOf } from './notification-preferences.js';
import { notify, type NotificationEvent } from './notify.service.js';

/** The live view the digest reads and links to: the current month. */
const LIVE_VIEW = 'live:month';

const evidenceLink = (metric: string) =>
  `/appraisal?view=${LIVE_VIEW}&evidence=${encodeURIComponent(metric)}`;

/**
 * Sends every active user who has not muted it a digest of what would raise their live score of
 * the current month most (docs/METRICS.md, "Weekly digest"), once per ISO week in the org zone:
 * a second run in the same week finds every digest sent. Everyone is scored in one pass, so a
 * manager's team score counts all their reports. A person without a template, or with nothing
 * short of its target, gets none. Returns how many digests were sent.
 */
export async function sendWeeklyDigests(db: Db, at: Date, zone: string): Promise<number> {
  const users = await listActiveUsers(db.kysely);
  const preferences = await preferencesOf(
    db.kysely,
    users.map((u) => u.id),
  );
  const wanted = new Set(
    users
      .filter((u) => !preferences.get(u.id)?.mutedKinds.includes('weekly_digest'))
      .map((u) => u.id),
  );
  if (wanted.size === 0) return 0;
  const scoring = liveScoring('month', zone, at);
  const participants = await participantsOf(
    db,
    await assignTemplates(db, users, orgDay(scoring.period.start, zone)),
  );
  const [cards, catalog] = await Promise.all([
    scoreParticipants(db, scoring, participants),
    loadMetricCatalog(db),
  ]);
  const week = orgWeek(at, zone);
  const events: NotificationEvent<'weekly_digest'>[] = [];
  for (const user of users) {
    const card = cards.get(user.id);
    if (!wanted.has(user.id) || !card) continue;
    const definitionOf = (metric: string) => catalog.get(metric)?.definition;
    const suggestions = digestSuggestions(digestItemsOf(card.items, definitionOf));
    if (suggestions.length === 0) continue;
    const items: DigestLine[] = suggestions.map((s) => {
      const definition = definitionOf(s.metric);
      return {
        metric: s.metric,
        nameZh: definition?.nameZh ?? s.metric,
        nameEn: definition?.nameEn ?? s.metric,
        unit: definition?.unit ?? 'count',
        points: s.points,
        action: s.action,
        link: evidenceLink(s.metric),
      };
    });
    events.push({
      recipientId: user.id,
      kind: 'weekly_digest',
      recordType: 'user',
      recordId: user.id,
      occurrence: week,
      params: {
        week,
        total: card.total === null ? null : Math.round(card.total * 10) / 10,
        items,
      },
      link: `/appraisal?view=${LIVE_VIEW}`,
    });
  }
  return notify(db, events, at);
}
