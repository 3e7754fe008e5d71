import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { infoCard } from '../src/render/render.js';
import { DialogIds } from './dialogIds.js';
import type { FaqResponder } from './faqResponder.js';
import { isGuideFinished } from './guideDialog.js';
import { priorityOneOptionsSchema } from './priorityOneDialog.js';
import type { PriorityOneOptions } from './priorityOneDialog.js';
import { inLanguage } from './conversationLanguage.js';
import { talkToPersonTexts } from './talkToPersonTexts.js';

/** The case this conversation waits in, while a representative is on the way. */
export interface HandoffMode {
  caseId: string;
  caseNumber: string;
  acknowledged?: boolean;
}

/** A guide that found a COVID-19 collection problem hands over to the Priority One screening. */
export interface StartPriorityOne {
  priorityOne: PriorityOneOptions;
}

const has = <Key extends string>(value: unknown, key: Key): value is Record<Key, unknown> => typeof value === 'object' && value !== null && key in value;

/** The intake's result when it wrote a case (see `IntakeResult`). */
const handoffResultSchema = z.object({ handoff: z.object({ caseId: z.string(), caseNumber: z.string(), open: z.boolean() }) });

/**
 * What the main dialog does with the result of a guided dialog: offer a person after a guide,
 * start the screening a guide asked for, offer what fits when Priority One does not, or switch
 * the conversation to hand-off mode when a representative will join.
 */
export async function followOutcome(
  step: WaterfallStepContext,
  faq: FaqResponder,
  handoffMode: StatePropertyAccessor<HandoffMode | undefined>,
): Promise<DialogTurnResult | undefined> {
  const result: unknown = step.result;
  if (isGuideFinished(result)) {
    await faq.offerPerson(step.context);
    return undefined;
  }
  if (has(result, 'priorityOne')) return step.beginDialog(DialogIds.priorityOne, priorityOneOptionsSchema.parse(result.priorityOne));
  if (has(result, 'notEligible')) {
    const texts = inLanguage(step.context, talkToPersonTexts);
    await step.context.sendActivity(String(result.notEligible));
    await step.context.sendActivity({ attachments: [infoCard(texts.contactTitle, texts.generalContact)] });
    await faq.offerActions(step.context, texts.notEligibleOffer, texts.notEligibleActions);
    return undefined;
  }
  const handed = handoffResultSchema.safeParse(result);
  if (handed.success) {
    const { handoff } = handed.data;
    if (handoff.open) await handoffMode.set(step.context, { caseId: handoff.caseId, caseNumber: handoff.caseNumber });
  }
  return undefined;
}
