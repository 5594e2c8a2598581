import { sql, type RawBuilder } from 'kysely';

/**
 * The one rule for "this customer's key field is not filled" (METRICS.md Q1 and
 * profile_completeness): empty, blank, or holding a placeholder that carries an open Q1 flag.
 * Used by the completeness metric, the workbench's next steps and the customers list filter, so
 * that "5 customers miss the industry" lists exactly the five the scorecard counts.
 */
export function keyFieldUnfilled(customerAlias: string, field: string): RawBuilder<boolean> {
  return sql<boolean>`(${blank(customerAlias, field)} or ${hasOpenPlaceholder(customerAlias, field)})`;
}

function blank(customerAlias: string, field: string): RawBuilder<boolean> {
  const column = sql.ref(`${customerAlias}.${field}`);
  return sql<boolean>`(${column} is null or trim(${column}) = '')`;
}

/**
 * The customer carries an open Q1 placeholder flag (on `field`, or on any field). Only a customer
 * whose stored `flagged` is 1 (src/db/record-flags.ts) has any open flag to look up: most have none.
 */
function hasOpenPlaceholder(customerAlias: string, field?: string): RawBuilder<boolean> {
  const onField = field === undefined ? sql`` : sql`and q.field = ${field}`;
  return sql<boolean>`(${sql.ref(`${customerAlias}.flagged`)} = 1 and exists (select 1 from quality_flags q
      where q.entity = 'customer' and q.record_id = ${sql.ref(`${customerAlias}.id`)}
        and q.rule = 'Q1' and q.status = 'open' ${onField}))`;
}

/**
 * How many of `fields` are filled, by the rule above. A customer without an open Q1 flag — the
 * usual case — costs at most one flag lookup instead of one per field: its unfilled fields are
 * its blank ones.
 */
export function keyFieldsFilled(
  customerAlias: string,
  fields: readonly string[],
): RawBuilder<number> {
  const filled = (unfilled: (field: string) => RawBuilder<boolean>) =>
    sql.join(
      fields.map((field) => sql`(case when ${unfilled(field)} then 0 else 1 end)`),
      sql` + `,
    );
  return sql<number>`(case when ${hasOpenPlaceholder(customerAlias)}
    then ${filled((field) => keyFieldUnfilled(customerAlias, field))}
    else ${filled((field) => blank(customerAlias, field))} end)`;
}
