import {
  CamelCasePlugin,
  PostgresQueryCompiler,
  SqliteQueryCompiler,
  type Dialect,
  type PluginTransformQueryArgs,
  type QueryCompiler,
  type RootOperationNode,
} from 'kysely';
import type { Dialect as Engine } from './database.js';

/**
 * The app names tables and columns in camelCase; the database in snake_case. Kysely's
 * CamelCasePlugin maps the names by rewriting each query's whole node tree (a frozen copy of every
 * node) before compiling it: about 7 % of a simple request's CPU (bench/RESULTS.md, "Identifiers
 * snake_cased as they are printed"). Here the compiler writes each identifier snake_cased as it
 * prints it, with the plugin's own mapping, and the plugin only maps result rows back to
 * camelCase. Plugins added later see the camelCase names.
 */
class CamelCaseRows extends CamelCasePlugin {
  override transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }

  /** The plugin's camelCase → snake_case mapping (remembered per name). */
  readonly toSnakeCase = (name: string): string => this.snakeCase(name);
}

const rows = new CamelCaseRows();

/**
 * A table's or column's name in the database, as queries print it: for SQL the query builder
 * does not compile (bulk inserts, catalogue lookups).
 */
export const snakeCase = rows.toSnakeCase;

/** The plugin that turns result rows' snake_case keys into camelCase. */
export const camelCaseRows = (): CamelCasePlugin => rows;

class SqliteSnakeCaseCompiler extends SqliteQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(snakeCase(identifier));
  }
}

class PostgresSnakeCaseCompiler extends PostgresQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(snakeCase(identifier));
  }
}

/** The compiler that prints a query of the app as the given engine runs it. */
export function queryCompilerFor(engine: Engine): QueryCompiler {
  return engine === 'sqlite' ? new SqliteSnakeCaseCompiler() : new PostgresSnakeCaseCompiler();
}

/** The engine's dialect with identifiers snake_cased as they are compiled. */
export function snakeCasingDialect(dialect: Dialect, engine: Engine): Dialect {
  return {
    createDriver: () => dialect.createDriver(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => queryCompilerFor(engine),
  };
}
