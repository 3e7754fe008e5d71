import { CardFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { Language } from '../lib/language.js';
import { longDate } from './format.js';
import { GOVERNS_NOTE_ES } from './nextStepsMessage.es.js';

/** One thing the taxpayer should do, and the date to do it by when there is one. */
export interface NextStep {
  action: string;
  /** ISO date. */
  by?: string | undefined;
}

/** How a guided conversation ends: what to do next, by when, and where that comes from. */
export interface NextSteps {
  title: string;
  steps: NextStep[];
  source: string;
}

export const GOVERNS_NOTE = 'The dates and amounts on your notice govern.';

const byDate = (by: string, language: Language) => (language === 'es' ? ` A más tardar el ${longDate(by, true, 'es')}.` : ` By ${longDate(by, true)}.`);

const stepLine = (step: NextStep, index: number, language: Language) => `${index + 1}. ${step.action}${step.by ? byDate(step.by, language) : ''}`;

/** An Adaptive Card on Web Chat and Teams; numbered plain lines on SMS. Its steps are given in `language`. */
export function nextStepsMessage(channelId: string, summary: NextSteps, language: Language = 'en'): Partial<Activity> {
  const lines = summary.steps.map((step, index) => stepLine(step, index, language));
  const footer = language === 'es' ? `Fuente: ${summary.source}. ${GOVERNS_NOTE_ES}` : `Source: ${summary.source}. ${GOVERNS_NOTE}`;
  if (channelId === 'sms') return { type: 'message', text: [summary.title, ...lines, footer].join('\n\n') };
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: `${summary.title}. ${lines.join(' ')}`,
    body: [
      { type: 'TextBlock', text: summary.title, weight: 'Bolder', size: 'Medium', wrap: true },
      // One numbered list: a TextBlock per step renders every step as "1." (each is a list of its own).
      { type: 'TextBlock', text: lines.join('\r'), wrap: true, spacing: 'Small' },
      { type: 'TextBlock', text: footer, wrap: true, isSubtle: true },
    ],
  });
  return { type: 'message', attachments: [card] };
}
