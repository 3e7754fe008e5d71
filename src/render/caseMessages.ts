import { CardFactory, TextFormatTypes } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { collectionActionNames } from '../handoff/caseSummary.js';
import type { CaseSummary, CollectionAction } from '../handoff/caseSummary.js';
import type { InEachLanguage, Language } from '../lib/language.js';
import { caseFactLabelsEs } from './caseMessages.es.js';
import { literalMarkdown } from './literalMarkdown.js';

/** `typed`: the taxpayer's own words, shown as typed. */
type Fact = { title: string; value: string; typed?: true };

/** The names of a case's fields and answers, as the taxpayer reads them when confirming it. */
export interface CaseFactLabels {
  taxpayer: string;
  taxpayerTypes: Record<NonNullable<CaseSummary['taxpayerType']>, string>;
  collectionActions: string;
  actionNames: Record<CollectionAction, string>;
  noActions: string;
  covidImpact: string;
  impact: Record<NonNullable<CaseSummary['covidImpact']>, string>;
  name: string;
  phone: string;
  email: string;
  bestTime: string;
  description: string;
  noDescription: string;
  notice: string;
  dated: (date: string) => string;
  deadline: string;
  estimate: string;
}

const caseFactLabelsEn: CaseFactLabels = {
  taxpayer: 'Taxpayer',
  taxpayerTypes: { individual: 'Individual', business: 'Business' },
  collectionActions: 'Collection actions',
  actionNames: collectionActionNames,
  noActions: 'None',
  covidImpact: 'COVID-19 affected you',
  impact: { yes: 'Yes', no: 'No', notSure: 'Not sure' },
  name: 'Name',
  phone: 'Phone',
  email: 'E-mail',
  bestTime: 'Best time',
  description: 'What is happening',
  noDescription: '(none)',
  notice: 'Notice',
  dated: (date) => `dated ${date}`,
  deadline: 'Deadline',
  estimate: 'Estimate',
};

export const caseFactLabels: InEachLanguage<CaseFactLabels> = { en: caseFactLabelsEn, es: caseFactLabelsEs };

/** The case as the taxpayer confirms it: every field a representative will see. */
export function caseFacts(summary: CaseSummary, language: Language = 'en'): Fact[] {
  const labels = caseFactLabels[language];
  const { contact, computed } = summary;
  const facts: Fact[] = [];
  if (summary.taxpayerType) facts.push({ title: labels.taxpayer, value: labels.taxpayerTypes[summary.taxpayerType] });
  if (summary.kind === 'priorityOne') {
    facts.push({ title: labels.collectionActions, value: summary.collectionActions.map((action) => labels.actionNames[action]).join(', ') || labels.noActions });
    if (summary.covidImpact) facts.push({ title: labels.covidImpact, value: labels.impact[summary.covidImpact] });
  }
  facts.push({ title: labels.name, value: contact.name, typed: true });
  if (contact.phone) facts.push({ title: labels.phone, value: contact.phone, typed: true });
  if (contact.email) facts.push({ title: labels.email, value: contact.email, typed: true });
  facts.push({ title: labels.bestTime, value: summary.preferredTime, typed: true });
  facts.push(summary.description ? { title: labels.description, value: summary.description, typed: true } : { title: labels.description, value: labels.noDescription });
  return [...facts, ...computedFacts(computed, language)];
}

/** What the assistant worked out in the conversation (a notice, its deadline, an estimate). */
export function computedFacts(computed: CaseSummary['computed'], language: Language = 'en'): Fact[] {
  const labels = caseFactLabels[language];
  const facts: Fact[] = [];
  if (computed.noticeKind) facts.push({ title: labels.notice, value: [computed.noticeKind, computed.noticeDate && labels.dated(computed.noticeDate)].filter(Boolean).join(', ') });
  if (computed.deadline) facts.push({ title: labels.deadline, value: computed.deadline });
  if (computed.estimate) facts.push({ title: labels.estimate, value: computed.estimate });
  return facts;
}

/**
 * A card with the facts on Web Chat and Teams, where card text is Markdown: the taxpayer's words
 * are escaped there. Short plain lines on SMS.
 */
export function caseSummaryMessage(channelId: string, title: string, summary: CaseSummary, language: Language = 'en'): Partial<Activity> {
  const facts = caseFacts(summary, language);
  if (channelId === 'sms') return { type: 'message', text: [title, ...facts.map((fact) => `${fact.title}: ${fact.value}`)].join('\n'), textFormat: TextFormatTypes.Plain };
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: `${title}. ${facts.map((fact) => `${fact.title}: ${fact.value}`).join('. ')}`,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts: facts.map((fact) => ({ title: fact.title, value: fact.typed ? literalMarkdown(fact.value) : fact.value })) },
    ],
  });
  return { type: 'message', attachments: [card] };
}
