import type { HistoryWriter } from './history-rows.js';
import type { OrgPlan, PlannedUser } from './org-plan.js';
import type { Rng } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { Scale } from './scales.js';
import type { IdFactory } from './sim-ids.js';

/** A simulated user once written: the plan plus the id and the instant from which they work. */
export type SimUser = PlannedUser & { id: string; activeFromMs: number };

/** A customer other generators may refer to (tickets, feedback), kept in a bounded sample. */
export type CustomerRef = { id: string; contactId: string; createdMs: number; ownerId: string };

/** Campaigns with their marketer, for leads to point at. */
export type CampaignRef = { id: string; ownerId: string; startMs: number; endMs: number };

/** Everything a generator needs: where rows go, how ids and history are made, the time window. */
export type SimContext = {
  sink: RowSink;
  history: HistoryWriter;
  newId: IdFactory;
  seed: number;
  scale: Scale;
  /** [startMs, endMs): org-zone midnight twelve months before the end date, and of the end date. */
  startMs: number;
  endMs: number;
  startDay: number;
  endDay: number;
  org: OrgPlan;
  users: SimUser[];
  /** Forks a generator's own random stream. */
  fork: (label: string) => Rng;
};
