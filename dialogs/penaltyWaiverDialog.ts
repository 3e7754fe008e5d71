import { WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { NextStep } from '../src/render/nextStepsMessage.js';
import { chosenIndex, yesNoAnswer, yesNoNotSure } from './choicePromptOptions.js';
import { DialogIds } from './dialogIds.js';
import { GuideDialog } from './guideDialog.js';
import type { GuideKnowledge, KeyedChoice } from './guideDialog.js';
import { sources } from './guideSources.js';
import { stepValues } from './stepState.js';

type Cause = 'illness' | 'disaster' | 'advice' | 'other';

interface WaiverValues {
  cause: Cause;
}

const CAUSES: readonly KeyedChoice<Cause>[] = [
  { key: 'illness', value: 'Serious illness', synonyms: ['illness', 'sick', 'hospital', 'medical', 'death in the family'] },
  { key: 'disaster', value: 'Natural disaster', synonyms: ['disaster', 'flood', 'fire', 'hurricane', 'storm'] },
  { key: 'advice', value: "DRS's written advice", synonyms: ['drs advice', 'wrong advice', 'incorrect advice', 'written advice', 'drs told me'] },
  { key: 'other', value: 'Something else', synonyms: ['other', 'something else', 'none of these'] },
];

const PROOF: Record<Cause, string> = {
  illness: 'medical records or a doctor’s note covering the dates',
  disaster: 'insurance claims or other records showing the disaster and its dates',
  advice: 'a copy of the written advice DRS gave you',
  other: 'records showing what happened and when',
};

const OTHER_CAUSE =
  'Reasonable cause means something beyond your control kept you from paying or filing on time. DRS decides each request, so explain fully and attach proof.';

/** Asking DRS to waive a penalty: what counts as reasonable cause, Form DRS-PW, and what a waiver never covers. */
export class PenaltyWaiverDialog extends GuideDialog {
  constructor(knowledge: GuideKnowledge) {
    super(DialogIds.penaltyWaiver, knowledge);
    this.addDialog(new WaterfallDialog(DialogIds.penaltyWaiverFlow, [this.askCause.bind(this), this.askAmount.bind(this), this.summarize.bind(this)]));
    this.initialDialogId = DialogIds.penaltyWaiverFlow;
  }

  private async askCause(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, 'What kept you from paying or filing on time?', CAUSES);
  }

  private async askAmount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const cause = this.chosen(step, CAUSES) ?? 'other';
    stepValues<WaiverValues>(step).cause = cause;
    await this.quote(step, 'penalty-waiver');
    if (cause === 'other') await step.context.sendActivity(OTHER_CAUSE);
    return this.ask(step, 'Is the penalty you want waived more than $5,000?', yesNoNotSure);
  }

  private async summarize(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const cause = stepValues<WaiverValues>(step).cause ?? 'other';
    const overLimit = yesNoAnswer(chosenIndex(step.result));
    const committee: NextStep[] =
      overLimit === 'no'
        ? []
        : [
            {
              action: `${overLimit === 'yes' ? 'Because' : 'If'} the waiver is over $5,000, the Penalty Review Committee must also approve it (CGS §12-3a), so the decision may take longer.`,
            },
          ];
    return this.finishGuide(step, {
      title: 'What to do next: ask for a penalty waiver',
      steps: [
        { action: `Gather proof: ${PROOF[cause]}.` },
        { action: 'File Form DRS-PW in myconneCT, or by mail, with a detailed written explanation of what happened and your proof. DRS answers in writing.' },
        { action: 'Keep paying the tax and interest. Interest is never waived and keeps adding up at 1% a month.' },
        ...committee,
      ],
      source: `${sources.noticeGuide}; CGS §12-3a`,
    });
  }
}
