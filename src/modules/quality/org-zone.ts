import { DEFAULT_ORG_ZONE } from '../../domain/time/org-day.js';

/**
 * The organisation's zone for rules evaluated on write (Q7's month), where the services have no
 * configuration passed in: the same ORG_TIMEZONE variable the server configuration reads, so the
 * two never disagree; the default zone when it is unset or not a zone.
 */
export function orgZoneFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.ORG_TIMEZONE;
  if (zone === undefined || zone === '') return DEFAULT_ORG_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_ORG_ZONE;
  }
}
