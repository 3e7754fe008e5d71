import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { NoticeDeadline } from '../src/calc/index.js';
import { longDate } from '../src/render/format.js';
import type { Computed } from '../src/handoff/caseSummary.js';

/** Where the bot puts the accessor for what this conversation has worked out so far. */
export const FACTS_KEY = Symbol('conversationFacts');

const accessorOf = (context: TurnContext) => context.turnState.get<StatePropertyAccessor<Computed> | undefined>(FACTS_KEY);

/** Remembers a figure or date the assistant worked out, so a hand-off carries it without asking again. */
export async function rememberFacts(context: TurnContext, facts: Computed): Promise<void> {
  const accessor = accessorOf(context);
  if (!accessor) return;
  await accessor.set(context, { ...(await accessor.get(context, {})), ...facts });
}

export async function recallFacts(context: TurnContext): Promise<Computed> {
  return (await accessorOf(context)?.get(context, {})) ?? {};
}

/** A notice deadline as the case shows it. */
export const deadlineFacts = (deadline: NoticeDeadline): Computed => ({
  noticeKind: deadline.noticeName,
  noticeDate: longDate(deadline.noticeDate),
  deadline: `act by ${longDate(deadline.actBy)} (last day ${longDate(deadline.lastDay)}; ${deadline.citation})`,
});
