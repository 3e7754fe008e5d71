import { formatAmount } from '../src/calc/index.js';
import { drsContacts, otherContacts } from '../src/kb/contacts.js';
import type { NextStep, NextSteps } from '../src/render/nextStepsMessage.js';
import { commonSteps, sources } from './guideSources.js';

/** Which way to a payment plan the answers point. */
export type PlanRoute = 'online' | 'written' | 'askDrs' | 'fileFirst' | 'bankruptcy';

/** The level payment from the estimate, when the taxpayer asked for one. */
export interface PlanFigure {
  monthlyPayment: number;
  months: number;
}

const INTEREST_STEP: NextStep = {
  action: 'Interest keeps adding up at 1% a month on the unpaid tax while you pay, and DRS can still take your tax refunds until the balance is paid.',
};

const routes: Record<PlanRoute, { title: string; steps: (by?: string) => NextStep[] }> = {
  online: {
    title: 'What to do next: apply online',
    steps: (by) => [
      {
        action:
          'Apply for a payment plan in myconneCT. The online plan is generally for current liabilities of $10,000 or less, all returns filed, no bankruptcy, no warrant or criminal investigation, not already in collections, and no more than 12 months. Confirm the current rules there or with DRS.',
        by,
      },
    ],
  },
  written: {
    title: 'What to do next: ask the Collections Unit in writing',
    steps: (by) => [
      {
        action: `Send a written request to the DRS Collections Unit explaining why you cannot pay in full, with pay stubs, recent bank statements and proof of your monthly expenses. Call DRS at ${drsContacts.phone} to confirm where to send it.`,
        by,
      },
    ],
  },
  askDrs: {
    title: 'What to do next: ask DRS which plan fits',
    steps: (by) => [{ action: `${commonSteps.callDrs} Ask which payment plan you can get.`, by }],
  },
  fileFirst: {
    title: 'What to do next: file your missing returns',
    steps: (by) => [
      { action: 'File every Connecticut return you have not filed (myconneCT shows your filing history). DRS approves a plan only when all returns are filed.' },
      { action: `Then ask for a plan: ${commonSteps.callDrs}`, by },
    ],
  },
  bankruptcy: {
    title: 'What to do next: contact the Bankruptcy Unit',
    steps: () => [
      {
        action: `Call the DRS Bankruptcy Unit at ${otherContacts.bankruptcyUnitPhone} (${otherContacts.bankruptcyUnitHours}) with your bankruptcy case number and the court. A DRS payment plan is not available during an active bankruptcy.`,
      },
    ],
  },
};

export function planCheckNextSteps(route: PlanRoute, by?: string, figure?: PlanFigure): NextSteps {
  const estimate: NextStep[] = figure
    ? [{ action: `Estimate: about ${formatAmount(figure.monthlyPayment)} a month for ${figure.months} months. This is an estimate; the amount on your notice governs.` }]
    : [];
  const keepGoing = route === 'online' || route === 'written' || route === 'askDrs' ? [...estimate, INTEREST_STEP] : [];
  return { title: routes[route].title, steps: [...routes[route].steps(by), ...keepGoing], source: sources.noticeGuide };
}
