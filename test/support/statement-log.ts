import {
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Db } from '../../src/db/database.js';
import { queryCompilerFor } from '../../src/db/snake-case-identifiers.js';

/**
 * Records the SQL statements the app runs against its database while `during` runs (each
 * executed query once, as SQL text; transaction control — begin, commit — is not a query and is
 * not recorded). Install it with `TestAppOptions.statementLog`.
 */
export class StatementLog {
  readonly #pending = new Map<unknown, RootOperationNode>();
  #recording: string[] | null = null;
  #compile: ((node: RootOperationNode) => string) | null = null;

  /** The database as the app should use it: every query it executes passes through this log. */
  wrap(db: Db): Db {
    const compiler = queryCompilerFor(db.dialect);
    // The query id only labels the compiled query; any object does.
    this.#compile = (node) => compiler.compileQuery(node, { queryId: 'log' }).sql;
    const pending = this.#pending;
    const record = (node: RootOperationNode) => this.#record(node);
    const plugin: KyselyPlugin = {
      transformQuery({ node, queryId }: PluginTransformQueryArgs) {
        pending.set(queryId, node);
        return node;
      },
      async transformResult({
        queryId,
        result,
      }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        const node = pending.get(queryId);
        pending.delete(queryId);
        if (node) record(node);
        return result;
      },
    };
    return { ...db, kysely: db.kysely.withPlugin(plugin) };
  }

  #record(node: RootOperationNode) {
    if (this.#recording && this.#compile) this.#recording.push(this.#compile(node));
  }

  /** The statements executed while `act` ran, in the order they completed. */
  async during(act: () => Promise<unknown>): Promise<string[]> {
    if (this.#recording) throw new Error('statement log already recording');
    const recorded: string[] = [];
    this.#recording = recorded;
    try {
      await act();
    } finally {
      this.#recording = null;
    }
    return recorded;
  }
}
