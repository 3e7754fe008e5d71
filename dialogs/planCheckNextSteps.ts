import { formatAmount } from '../src/calc/index.js';
import { drsContacts, otherContacts } from '../src/kb/contacts.js';
import type { InEachLanguage } from '../src/lib/language.js';
import type { NextStep, NextSteps } from '../src/render/nextStepsMessage.js';
import { commonSteps, sources } from './guideSources.js';
import { planCheckEs } from './planCheckNextSteps.es.js';

/** Which way to a payment plan the answers point. */
export type PlanRoute = 'online' | 'written' | 'askDrs' | 'fileFirst' | 'bankruptcy';

/** The level payment from the estimate, when the taxpayer asked for one. */
export interface PlanFigure {
  monthlyPayment: number;
  months: number;
}

/** One route's "what to do next": its title, and its steps with the day to act by. */
export interface PlanRouteTexts {
  title: string;
  steps: (by?: string) => NextStep[];
}

/** Everything the payment plan check says, in one language. */
export interface PlanCheckTexts {
  intro: string;
  askFiled: string;
  /** Said when the taxpayer is not sure all returns are filed. */
  filedNotSure: string;
  askBankruptcy: string;
  askTotal: string;
  askEstimate: string;
  routes: Record<PlanRoute, PlanRouteTexts>;
  estimate: (monthlyPayment: string, months: number) => string;
  interest: string;
}

const routes: Record<PlanRoute, PlanRouteTexts> = {
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

const planCheckEn: PlanCheckTexts = {
  intro: 'I will ask you three questions to find the best way for you to ask for a payment plan. DRS plans typically run 2 to 12 months.',
  askFiled: 'Have you filed all your Connecticut tax returns, including past years?',
  filedNotSure: 'You can see which returns DRS has on file in myconneCT. I will assume they are all filed for now.',
  askBankruptcy: 'Are you in an active bankruptcy case?',
  askTotal: 'Is the total you owe DRS now, for all tax periods, more than $10,000?',
  askEstimate: 'Would you like an estimate of the monthly payment?',
  routes,
  estimate: (monthlyPayment, months) => `Estimate: about ${monthlyPayment} a month for ${months} months. This is an estimate; the amount on your notice governs.`,
  interest: 'Interest keeps adding up at 1% a month on the unpaid tax while you pay, and DRS can still take your tax refunds until the balance is paid.',
};

export const planCheckTexts: InEachLanguage<PlanCheckTexts> = { en: planCheckEn, es: planCheckEs };

/** The route's "what to do next", with the estimate when there is one, in the texts' language (English unless given). */
export function planCheckNextSteps(route: PlanRoute, by?: string, figure?: PlanFigure, texts: PlanCheckTexts = planCheckEn): NextSteps {
  const estimate: NextStep[] = figure ? [{ action: texts.estimate(formatAmount(figure.monthlyPayment), figure.months) }] : [];
  const keepGoing = route === 'online' || route === 'written' || route === 'askDrs' ? [...estimate, { action: texts.interest }] : [];
  return { title: texts.routes[route].title, steps: [...texts.routes[route].steps(by), ...keepGoing], source: sources.noticeGuide };
}
