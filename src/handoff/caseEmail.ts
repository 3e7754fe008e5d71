import { languageNames } from '../console/contract/languages.js';
import { redact } from '../privacy/redact.js';
import { collectionActionNames } from './caseSummary.js';
import type { CaseSummary, HandoffCase } from './caseSummary.js';

export interface EmailMessage {
  subject: string;
  text: string;
}

const KIND_NAMES: Record<CaseSummary['kind'], string> = { priorityOne: 'Priority One', general: 'General' };
const TAXPAYER_TYPES = { individual: 'Individual', business: 'Business' } as const;
const COVID_ANSWERS = { yes: 'Yes', no: 'No', notSure: 'Not sure' } as const;
const NOT_GIVEN = 'Not given';

const createdFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

const singleLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Free text may still hold an e-mail address or a phone number; neither belongs in the mailbox. */
const withoutContactDetails = (text: string) =>
  redact(text)
    .replace(/[^\s@]+@[^\s@]+/g, '[e-mail removed]')
    .replace(/\+?\(?\d[\d\s().-]*\d/g, (match) => (match.replace(/\D/g, '').length >= 7 ? '[number removed]' : match));

/**
 * The notice for the Priority One mailbox: enough to know a case is waiting, nothing personal.
 * No name, phone, e-mail, description or transcript; those stay in the representative console.
 */
export function caseEmail(handoffCase: HandoffCase): EmailMessage {
  const { summary } = handoffCase;
  const actions = summary.collectionActions.map((action) => collectionActionNames[action]);
  const lines = [
    `Case number: ${handoffCase.caseNumber}`,
    `Kind: ${KIND_NAMES[handoffCase.kind]}`,
    `Taxpayer type: ${summary.taxpayerType ? TAXPAYER_TYPES[summary.taxpayerType] : NOT_GIVEN}`,
    `Collection actions: ${actions.length > 0 ? actions.join(', ') : 'None'}`,
    `COVID-19 impact: ${summary.covidImpact ? COVID_ANSWERS[summary.covidImpact] : NOT_GIVEN}`,
    `Eligible: ${summary.eligible ? 'Yes' : 'No'}`,
    `Channel: ${singleLine(handoffCase.channelId)}`,
    `Language: ${languageNames[handoffCase.language]}`,
    `Created: ${singleLine(createdFormat.format(new Date(handoffCase.createdAt)))}`,
    `Preferred contact time: ${singleLine(withoutContactDetails(summary.preferredTime)) || NOT_GIVEN}`,
    '',
    'Open the representative console to see the case.',
  ];
  return {
    // A case in another language than English says so in the subject, so the mailbox can route it.
    subject: `${KIND_NAMES[handoffCase.kind]} case ${handoffCase.caseNumber} (${handoffCase.status}${handoffCase.language === 'en' ? '' : `, ${languageNames[handoffCase.language]}`})`,
    text: `${lines.join('\n')}\n`,
  };
}
