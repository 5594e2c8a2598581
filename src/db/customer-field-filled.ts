import { sql, type RawBuilder } from 'kysely';

/**
 * The one rule for "this customer's key field is not filled" (METRICS.md Q1 and
 * profile_completeness): empty, blank, or holding a placeholder that carries an open Q1 flag.
 * Used by the completeness metric, the workbench's next steps and the customers list filter, so
 * that "5 customers miss the industry" lists exactly the five the scorecard counts.
 */
export function keyFieldUnfilled(customerAlias: string, field: string): RawBuilder<boolean> {
  const column = sql.ref(`${customerAlias}.${field}`);
  return sql<boolean>`(${column} is null or trim(${column}) = ''
    or exists (select 1 from quality_flags q where q.entity = 'customer' and q.record_id = ${sql.ref(`${customerAlias}.id`)}
      and q.rule = 'Q1' and q.field = ${field} and q.status = 'open'))`;
}
