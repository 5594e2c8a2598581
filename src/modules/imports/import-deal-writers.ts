import type { Executor } from '../../db/database.js';
import type { RowError } from '../../domain/import/import-errors.js';
import { textKey } from '../../domain/import/header-text.js';
import { startOfOrgDay } from '../../domain/time/org-day.js';
import { newId } from '../../platform/ids.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import {
  recomputeCollection,
  refreshCustomerDealDate,
} from '../contracts/contract-collection.service.js';
import type { ContractRow } from '../contracts/contracts.repository.js';
import { opportunitySnapshot } from '../opportunities/opportunities.presenter.js';
import type { OpportunityRow } from '../opportunities/opportunities.repository.js';
import type { PaymentRow } from '../payments/payments.repository.js';
import { listStages, type StageRow } from '../pipeline/pipeline.repository.js';
import {
  insertCreationHistory,
  insertOwnershipPeriods,
  insertRows,
} from './import-writes.repository.js';
import {
  contractNumbersTaken,
  contractOwners,
  recordsNamed,
  linkedRecords,
} from './imports.repository.js';
import {
  cents,
  createdAtOf,
  ownerOf,
  text,
  withCustomer,
  withReference,
  type EntityWriter,
  type PrepareContext,
  type PreparedRow,
} from './import-writer-kit.js';

/** The currency of imported amounts: one per organisation (METRICS: CNY by default). */
const CURRENCY = 'CNY';

/** A stage by its id or its Chinese or English name (case, spaces and full-width forms aside). */
function stageNamed(stages: readonly StageRow[], name: string): StageRow[] {
  const key = textKey(name);
  return stages.filter(
    (s) => s.id === name || textKey(s.nameZh) === key || textKey(s.nameEn) === key,
  );
}

/** The stages of the rows: the one the file names, else the first active open stage. */
async function withStage(
  executor: Executor,
  context: PrepareContext,
  rows: PreparedRow[],
): Promise<{ rows: PreparedRow[]; stages: Map<string, StageRow> }> {
  const all = await listStages(executor, true);
  const first = all.find((s) => s.active === 1 && s.kind === 'open');
  const resolved = await withReference(executor, context, rows, 'stage', 'stage', (_, __, texts) =>
    Promise.resolve(new Map(texts.map((t) => [t, stageNamed(all, t).map((s) => s.id)]))),
  );
  const withDefault = resolved.map((p): PreparedRow => {
    if (p.errors.length > 0 || p.refs.stage) return p;
    if (first) return { ...p, refs: { ...p.refs, stage: first.id } };
    const column = context.columnOf('stage');
    const error: RowError = {
      row: p.row.row,
      column,
      code: 'import_reference_unknown',
      params: { target: 'stage', value: '' },
    };
    return { ...p, errors: [error] };
  });
  return { rows: withDefault, stages: new Map(all.map((s) => [s.id, s])) };
}

/** The close day of a won or lost opportunity: its closed day, else its expected close day. */
const closeDayOf = (p: PreparedRow) =>
  text(p.row.values.closedOn) ?? text(p.row.values.expectedCloseOn);

/**
 * A won or lost opportunity closed at the start of its close day (org zone); it needs that day and
 * a creation time not after it, or its deal cycle would be made up (METRICS, "Imported records").
 */
function closingRules(
  context: PrepareContext,
  rows: PreparedRow[],
  stages: Map<string, StageRow>,
): PreparedRow[] {
  return rows.map((p): PreparedRow => {
    const stage = stages.get(p.refs.stage ?? '');
    if (p.errors.length > 0 || !stage || stage.kind === 'open') return p;
    const day = closeDayOf(p);
    const at = { row: p.row.row };
    if (day === null)
      return {
        ...p,
        errors: [
          {
            ...at,
            column: context.columnOf('closedOn') || context.columnOf('stage'),
            code: 'import_close_day_missing',
            params: {},
          },
        ],
      };
    const createdAt = text(p.row.values.createdAt);
    const closedAt = startOfOrgDay(day, context.zone).toISOString();
    if (createdAt === null || createdAt > closedAt)
      return {
        ...p,
        errors: [
          {
            ...at,
            column: context.columnOf('createdAt'),
            code: createdAt === null ? 'import_required_missing' : 'import_closed_before_created',
            params: createdAt === null ? { field: 'createdAt' } : { createdAt, closedOn: day },
          },
        ],
      };
    return { ...p, refs: { ...p.refs, closedAt } };
  });
}

export const opportunityWriter: EntityWriter = {
  async prepare(executor, context, rows) {
    const withCustomers = await withCustomer(executor, context, rows);
    const { rows: staged, stages } = await withStage(executor, context, withCustomers);
    return closingRules(context, staged, stages);
  },
  async write(trx, { actor, at }, rows) {
    const stages = new Map((await listStages(trx, true)).map((s) => [s.id, s]));
    const firstOpen = [...stages.values()]
      .filter((s) => s.active === 1 && s.kind === 'open')
      .sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1))[0];
    const records = rows.map(({ row, refs }) => {
      const stage = stages.get(refs.stage ?? '') as StageRow;
      const createdAt = createdAtOf(row, at);
      const closedAt = stage.kind === 'open' ? null : (refs.closedAt ?? createdAt);
      const opportunity: OpportunityRow = {
        id: newId(),
        customerId: refs.customer ?? '',
        name: text(row.values.name) ?? '',
        amountCents: cents(row.values.amount),
        currency: CURRENCY,
        stageId: stage.id,
        status: stage.kind,
        expectedCloseOn: text(row.values.expectedCloseOn),
        closedAt,
        closeReason: null,
        ownerId: ownerOf(row, actor),
        ownerSince: createdAt,
        lastTouchedAt: closedAt ?? createdAt,
        version: 1,
        createdBy: null,
        createdAt,
        updatedAt: at,
        deletedAt: null,
      };
      // Recorded by nobody: the changes are no timed events (actor null), only what happened when.
      const change = (from: StageRow | null, to: StageRow, effectiveAt: string) => ({
        id: newId(),
        opportunityId: opportunity.id,
        fromStageId: from?.id ?? null,
        toStageId: to.id,
        fromStatus: from?.kind ?? null,
        toStatus: to.kind,
        effectiveAt,
        recordedAt: at,
        actorId: null,
        ownerId: opportunity.ownerId,
        reason: null,
        timely: 1 as const,
      });
      // A closed deal opens in the first open stage and closes on its close day.
      const opening = closedAt && firstOpen ? firstOpen : stage;
      const changes =
        closedAt && opening !== stage
          ? [change(null, opening, createdAt), change(opening, stage, closedAt)]
          : [change(null, stage, closedAt ?? createdAt)];
      return { opportunity, changes };
    });
    await insertRows(
      trx,
      'opportunities',
      records.map(({ opportunity: { version: _v, ...o } }) => o),
    );
    await insertRows(
      trx,
      'stageChanges',
      records.flatMap((r) => r.changes),
    );
    await insertOwnershipPeriods(
      trx,
      'opportunity',
      records.map((r) => r.opportunity),
      actor.id,
    );
    await insertCreationHistory(
      trx,
      records.map(({ opportunity: o }) => ({
        entity: 'opportunity',
        id: o.id,
        snapshot: opportunitySnapshot(o),
      })),
      actor.id,
    );
    return records.map((r) => r.opportunity.id);
  },
};

/**
 * Contract numbers are unique among live contracts: a row whose number is taken (by a contract
 * it did not itself make in an earlier import of the file), or repeats an earlier row's, fails.
 */
async function withFreeNumber(
  executor: Executor,
  context: PrepareContext,
  rows: PreparedRow[],
): Promise<PreparedRow[]> {
  const candidates = rows.filter((p) => p.errors.length === 0);
  const linked = await linkedRecords(
    executor,
    'contract',
    context.source,
    candidates.map((p) => p.row.externalId),
  );
  const taken = await contractNumbersTaken(
    executor,
    candidates.map((p) => text(p.row.values.number) ?? ''),
  );
  const seen = new Set<string>();
  return rows.map((p): PreparedRow => {
    if (p.errors.length > 0 || linked.has(p.row.externalId)) return p;
    const number = text(p.row.values.number) ?? '';
    if (!taken.has(number) && !seen.has(number)) {
      seen.add(number);
      return p;
    }
    const error: RowError = {
      row: p.row.row,
      column: context.columnOf('number'),
      code: 'import_contract_number_taken',
      params: { value: number },
    };
    return { ...p, errors: [error] };
  });
}

export const contractWriter: EntityWriter = {
  async prepare(executor, context, rows) {
    return withFreeNumber(executor, context, await withCustomer(executor, context, rows));
  },
  async write(trx, { actor, at }, rows) {
    const records = rows.map(({ row, refs }): ContractRow => {
      const v = row.values;
      return {
        id: newId(),
        customerId: refs.customer ?? '',
        opportunityId: null,
        number: text(v.number) ?? '',
        title: text(v.title) ?? '',
        amountCents: cents(v.amount),
        currency: CURRENCY,
        signedOn: text(v.signedOn) ?? '',
        startOn: text(v.startOn),
        endOn: text(v.endOn),
        renewalOf: null,
        ownerId: ownerOf(row, actor),
        paidCents: 0,
        fullyPaidOn: null,
        version: 1,
        createdBy: null,
        createdAt: createdAtOf(row, at),
        updatedAt: at,
        deletedAt: null,
      };
    });
    await insertRows(
      trx,
      'contracts',
      records.map(({ version: _v, ...r }) => r),
    );
    await insertOwnershipPeriods(trx, 'contract', records, actor.id);
    await insertCreationHistory(
      trx,
      records.map((r) => ({ entity: 'contract', id: r.id, snapshot: { ...r } })),
      actor.id,
    );
    for (const customerId of new Set(records.map((r) => r.customerId)))
      await refreshCustomerDealDate(trx, customerId, actor.id);
    return records.map((r) => r.id);
  },
};

export const paymentWriter: EntityWriter = {
  async prepare(executor, context, rows) {
    const prepared = rows.map((row): PreparedRow => ({ row, errors: row.errors, refs: {} }));
    return withReference(executor, context, prepared, 'contract', 'contract', (ex, ctx, texts) =>
      recordsNamed(ex, 'contract', ownerScopeOf(ctx.actor), ctx.source, texts),
    );
  },
  async write(trx, { actor, at, jobId }, rows) {
    const owners = await contractOwners(
      trx,
      rows.map((p) => p.refs.contract ?? ''),
    );
    const records = rows.map(({ row, refs }): PaymentRow => {
      const contractId = refs.contract ?? '';
      return {
        id: newId(),
        contractId,
        planId: null,
        amountCents: cents(row.values.amount),
        receivedOn: text(row.values.receivedOn) ?? '',
        recordedAt: at,
        method: text(row.values.method),
        ownerId: owners.get(contractId) ?? actor.id,
        // Recorded by nobody: no timed event (METRICS, "Imported records"), never late.
        timely: 1,
        importJobId: jobId,
        version: 1,
        createdBy: null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
    });
    await insertRows(
      trx,
      'payments',
      records.map(({ version: _v, ...r }) => r),
    );
    await insertCreationHistory(
      trx,
      records.map((r) => ({ entity: 'payment', id: r.id, snapshot: { ...r } })),
      actor.id,
    );
    for (const contractId of new Set(records.map((r) => r.contractId)))
      await recomputeCollection(trx, contractId, actor.id);
    return records.map((r) => r.id);
  },
};
