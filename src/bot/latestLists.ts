import { ActivityTypes } from 'botbuilder';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * A reply by number ("6") picks from the list in the latest message that showed one, never from a
 * list further up the conversation. So the lists a conversation remembers (the menu, an answer's
 * follow-ups) last only until the assistant speaks again: the first message of a later turn retires
 * them, and whatever that turn offers is remembered again by what offers it. A turn that shows no
 * list therefore leaves none, and a bare number after it is read as ordinary text.
 *
 * Within one turn the list stays: when a turn offers a list and then says something more (a
 * "thank you", a contact card), the list is still on screen right above, and a number picks from it.
 * A turn that sends nothing (a message added to a case) leaves the earlier list in place.
 */
export function keepOnlyThisTurnsLists(context: TurnContext, remembered: readonly StatePropertyAccessor<unknown>[]): void {
  let retired = false;
  context.onSendActivities(async (_context, activities, next) => {
    if (!retired && activities.some((activity) => activity.type === ActivityTypes.Message)) {
      retired = true;
      for (const list of remembered) await list.delete(context);
    }
    return next();
  });
}
