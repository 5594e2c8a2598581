import { PRODUCT_BEHAVIOUR, SERVICE_BEHAVIOUR } from '../archetypes.js';
import type { CustomerRef, SimContext, SimUser } from '../context.js';
import type { Rng } from '../prng.js';
import { DAY, HOUR, MINUTE, iso } from '../sim-time.js';
import {
  DECISION_NOTES,
  FEEDBACK_TITLES,
  RATING_COMMENTS,
  TICKET_REPLIES,
  TICKET_TITLES,
} from '../vocabulary/notes.js';
import { workInstantBetween } from './work-time.js';
import { logCreate } from '../history-rows.js';

const PRIORITIES = ['low', 'normal', 'normal', 'normal', 'high', 'urgent'] as const;
const WAITING_SHARE = 0.3;
const WAITING_MEAN_DAYS = 14;

function customerBefore(rng: Rng, sample: CustomerRef[], ms: number): CustomerRef | null {
  for (let i = 0; i < 6 && sample.length > 0; i += 1) {
    const c = rng.pick(sample);
    if (c.createdMs < ms) return c;
  }
  return null;
}

/**
 * One service agent's tickets: first response after the archetype's typical wait (set by the
 * first reply, once), resolution, and the customer's rating; some tickets turn into product
 * feedback, decided (or not) by a product manager according to theirs.
 */
export async function simulateAgent(
  ctx: SimContext,
  agent: SimUser,
  ticketCount: number,
  sample: CustomerRef[],
  productManagers: SimUser[],
): Promise<void> {
  const rng = ctx.fork(`agent/${agent.key}`);
  const s =
    SERVICE_BEHAVIOUR[agent.archetype === 'slow_responder' ? 'slow_responder' : 'fast_responder'];
  for (let i = 0; i < ticketCount; i += 1) {
    const createdMs = workInstantBetween(rng, agent.activeFromMs, ctx.endMs - HOUR);
    if (createdMs === null) continue;
    const customer = customerBefore(rng, sample, createdMs);
    const id = ctx.newId(createdMs);
    const createdAt = iso(createdMs);
    const firstMs = createdMs + MINUTE + rng.exp(s.firstResponseMeanMinutes * MINUTE);
    const responded = firstMs < ctx.endMs;
    // Three in ten tickets wait on the customer (logs, a test window) for about two weeks.
    const waitMs = rng.chance(WAITING_SHARE) ? rng.exp(WAITING_MEAN_DAYS * DAY) : 0;
    const resolvedMs = firstMs + rng.exp(s.resolveMeanHours * HOUR) + waitMs;
    const resolved = responded && resolvedMs < ctx.endMs;
    const ratingMs = resolvedMs + rng.exp(20 * HOUR);
    const rated = resolved && ratingMs < ctx.endMs && rng.chance(0.7);
    const rating = rated ? (rng.chance(s.goodRatingShare) ? rng.int(4, 5) : rng.int(1, 3)) : null;
    const initial = {
      id,
      customerId: customer?.id ?? null,
      contactId: customer?.contactId ?? null,
      title: rng.pick(TICKET_TITLES),
      description: '客户反馈的问题，详见沟通记录。',
      priority: rng.pick(PRIORITIES),
      status: 'open' as const,
      assigneeId: agent.id,
      firstResponseAt: null,
      resolvedAt: null,
      resolvedBy: null,
      rating: null,
      ratingComment: null,
      createdBy: agent.id,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
    const ratingComment = rated ? rng.pick(RATING_COMMENTS) : null;
    const version = 1 + (resolved ? 1 : 0) + (rated ? 1 : 0);
    const updatedMs = rated ? ratingMs : resolved ? resolvedMs : createdMs;
    await ctx.sink.push('tickets', {
      ...initial,
      status: resolved ? 'resolved' : responded ? 'pending' : 'open',
      firstResponseAt: responded ? iso(firstMs) : null,
      resolvedAt: resolved ? iso(resolvedMs) : null,
      resolvedBy: resolved ? agent.id : null,
      rating,
      ratingComment,
      version,
      updatedAt: iso(updatedMs),
    });
    await logCreate(ctx, 'ticket', id, agent.id, createdMs, { ...initial, version: 1 });
    if (responded) {
      const replies = resolved ? rng.int(1, 3) : 1;
      let at = firstMs;
      for (let r = 0; r < replies && at < ctx.endMs; r += 1) {
        const reply = {
          id: ctx.newId(at),
          ticketId: id,
          authorId: agent.id,
          body: rng.pick(TICKET_REPLIES),
          createdAt: iso(at),
        };
        await ctx.sink.push('ticketReplies', reply);
        await logCreate(ctx, 'ticket_reply', reply.id, agent.id, at, reply);
        if (r === 0)
          await ctx.history({
            entity: 'ticket',
            entityId: id,
            action: 'update',
            actorId: agent.id,
            atMs: at,
            before: { firstResponseAt: null },
            after: { firstResponseAt: reply.createdAt },
          });
        at += rng.exp((resolvedMs - firstMs) / replies + MINUTE);
      }
    }
    if (resolved)
      await ctx.history({
        entity: 'ticket',
        entityId: id,
        action: 'update',
        actorId: agent.id,
        atMs: resolvedMs,
        before: { status: 'pending', resolvedAt: null, resolvedBy: null },
        after: { status: 'resolved', resolvedAt: iso(resolvedMs), resolvedBy: agent.id },
      });
    if (rated)
      await ctx.history({
        entity: 'ticket',
        entityId: id,
        action: 'update',
        actorId: null,
        atMs: ratingMs,
        before: { rating: null, ratingComment: null },
        after: { rating, ratingComment },
      });
    if (productManagers.length > 0 && rng.chance(0.12))
      await writeFeedback(
        ctx,
        rng,
        agent,
        { id, createdMs, customerId: customer?.id ?? null },
        rng.pick(productManagers),
      );
  }
}

async function writeFeedback(
  ctx: SimContext,
  rng: Rng,
  reporter: SimUser,
  ticket: { id: string; createdMs: number; customerId: string | null },
  decider: SimUser,
): Promise<void> {
  const p =
    PRODUCT_BEHAVIOUR[
      decider.archetype === 'ignores_feedback' ? 'ignores_feedback' : 'adopts_feedback'
    ];
  const createdMs = ticket.createdMs + rng.int(30, 600) * MINUTE;
  if (createdMs >= ctx.endMs) return;
  const id = ctx.newId(createdMs);
  const createdAt = iso(createdMs);
  const decidedMs = createdMs + rng.exp(p.triageMeanDays * DAY) + HOUR;
  const decided = decidedMs < ctx.endMs && rng.chance(p.decideShare);
  const status = decided
    ? rng.chance(p.adoptShare)
      ? ('adopted' as const)
      : ('rejected' as const)
    : ('new' as const);
  const initial = {
    id,
    title: rng.pick(FEEDBACK_TITLES),
    content: '客户在使用中提出的改进建议，工单中有详细描述。',
    reporterId: reporter.id,
    ticketId: ticket.id,
    customerId: ticket.customerId,
    status: 'new' as const,
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    createdBy: reporter.id,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  };
  const decision = decided
    ? {
        status,
        decidedBy: decider.id,
        decidedAt: iso(decidedMs),
        decisionNote: rng.pick(DECISION_NOTES),
      }
    : null;
  await ctx.sink.push('feedback', {
    ...initial,
    ...(decision ?? {}),
    version: decision ? 2 : 1,
    updatedAt: decision ? iso(decidedMs) : createdAt,
  });
  await logCreate(ctx, 'feedback', id, reporter.id, createdMs, { ...initial, version: 1 });
  if (decision)
    await ctx.history({
      entity: 'feedback',
      entityId: id,
      action: 'update',
      actorId: decider.id,
      atMs: decidedMs,
      before: { status: 'new', decidedBy: null, decidedAt: null, decisionNote: null },
      after: decision,
    });
}
