import { ActivityEventNames, ActivityTypes } from 'botbuilder';
import type { Activity, MiddlewareHandler } from 'botbuilder';
import type { Logger } from '../lib/log.js';
import type { ActivityKey, ProcessedActivityStore, TurnLocks } from './ports.js';
import type { TurnsInProgress } from './turnsInProgress.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * What identifies a channel's delivery, so its retry can be recognised. None for activities
 * without an id, for proactive turns (a fresh id each time), and for invokes, which must be answered.
 */
function deliveryKey(activity: Activity): ActivityKey | undefined {
  if (!activity.id || activity.type === String(ActivityTypes.Invoke)) return undefined;
  if (activity.type === String(ActivityTypes.Event) && activity.name === String(ActivityEventNames.ContinueConversation)) return undefined;
  return { channelId: activity.channelId, conversationId: activity.conversation.id, activityId: activity.id };
}

export interface TurnGuardParts {
  /** The turns that ran (SQL, or in memory for a single instance). */
  processed: ProcessedActivityStore;
  /** The conversation lock held for a whole turn (the database's, shared by every instance). */
  locks: TurnLocks;
  logger?: Logger | undefined;
  /** Counts each turn while it runs (a stop waits for them). */
  turns: TurnsInProgress;
}

/**
 * The first middleware: one turn per conversation at a time across every instance (the lock,
 * held for the whole turn, so state is read and saved by one turn at a time), and a channel's
 * retry of an activity whose turn already ran gets no second turn (no replies; an empty
 * `activities` list for expectReplies).
 */
export function turnGuard({ processed, locks, logger, turns }: TurnGuardParts): MiddlewareHandler {
  let prunedAt = 0;

  const pruneNow = () => {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = Date.now();
    void processed.prune().catch((error: unknown) => logger?.warn({ err: error }, 'could not forget old activity keys'));
  };

  const guarded: MiddlewareHandler = async (context, next) => {
    const { activity } = context;
    const conversationId = activity.conversation?.id;
    if (!conversationId) return next();
    const key = deliveryKey(activity);
    if (key) pruneNow();
    await locks.exclusive(`turn:${activity.channelId}:${conversationId}`, async () => {
      if (key && !(await processed.claim(key))) {
        logger?.debug({ channelId: key.channelId, conversationId, activityId: key.activityId }, 'duplicate activity ignored');
        return;
      }
      await next();
      // The turn ran; failing to note it only means a retry would run it again.
      if (key) await processed.done(key).catch((error: unknown) => logger?.warn({ err: error, conversationId }, 'could not mark the activity processed'));
    });
  };
  return (context, next) => turns.track(() => guarded(context, next));
}
