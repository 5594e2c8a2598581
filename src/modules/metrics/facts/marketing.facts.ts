import { sql, type RawBuilder } from 'kysely';
import type { FactContext, FactRow } from '../metric-period.js';
import { atInPeriod, notDeleted } from './period-terms.facts.js';

/** A lead field that is filled and not a placeholder: set, not blank, no open Q1 flag on it. */
const usable = (field: 'phone' | 'email') =>
  sql`(${sql.ref(`l.${field}`)} is not null and trim(${sql.ref(`l.${field}`)}) <> ''
    and not exists (select 1 from quality_flags q where q.entity = 'lead' and q.record_id = l.id and q.rule = 'Q1'
      and q.field = ${field} and q.status = 'open'))`;

/**
 * qualified_leads (count): leads created in P whose source user is u, never deleted, with a usable
 * phone or e-mail (either is enough) and no open Q2 duplicate flag. A flag a manager cleared no
 * longer disqualifies the lead.
 */
export function qualifiedLeadsFacts(ctx: FactContext): RawBuilder<FactRow> {
  return sql<FactRow>`select l.source_user_id as user_id, 'lead' as record_type, l.id as record_id, l.created_at as at, 1 as num, 0 as den
    from leads l
    where l.source_user_id is not null and ${atInPeriod(ctx, 'l.created_at')} and ${notDeleted('l')}
      and (${usable('phone')} or ${usable('email')})
      and not exists (select 1 from quality_flags q where q.entity = 'lead' and q.record_id = l.id and q.rule = 'Q2' and q.status = 'open')`;
}
