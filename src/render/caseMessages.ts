import { CardFactory, TextFormatTypes } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { collectionActionNames } from '../handoff/caseSummary.js';
import type { CaseSummary } from '../handoff/caseSummary.js';
import { literalMarkdown } from './literalMarkdown.js';

/** `typed`: the taxpayer's own words, shown as typed. */
type Fact = { title: string; value: string; typed?: true };

const IMPACT = { yes: 'Yes', no: 'No', notSure: 'Not sure' } as const;

/** The case as the taxpayer confirms it: every field a representative will see. */
export function caseFacts(summary: CaseSummary): Fact[] {
  const { contact, computed } = summary;
  const facts: Fact[] = [];
  if (summary.taxpayerType) facts.push({ title: 'Taxpayer', value: summary.taxpayerType === 'business' ? 'Business' : 'Individual' });
  if (summary.kind === 'priorityOne') {
    facts.push({ title: 'Collection actions', value: summary.collectionActions.map((action) => collectionActionNames[action]).join(', ') || 'None' });
    if (summary.covidImpact) facts.push({ title: 'COVID-19 affected you', value: IMPACT[summary.covidImpact] });
  }
  facts.push({ title: 'Name', value: contact.name, typed: true });
  if (contact.phone) facts.push({ title: 'Phone', value: contact.phone, typed: true });
  if (contact.email) facts.push({ title: 'E-mail', value: contact.email, typed: true });
  facts.push({ title: 'Best time', value: summary.preferredTime, typed: true });
  facts.push(summary.description ? { title: 'What is happening', value: summary.description, typed: true } : { title: 'What is happening', value: '(none)' });
  return [...facts, ...computedFacts(computed)];
}

/** What the assistant worked out in the conversation (a notice, its deadline, an estimate). */
export function computedFacts(computed: CaseSummary['computed']): Fact[] {
  const facts: Fact[] = [];
  if (computed.noticeKind) facts.push({ title: 'Notice', value: [computed.noticeKind, computed.noticeDate && `dated ${computed.noticeDate}`].filter(Boolean).join(', ') });
  if (computed.deadline) facts.push({ title: 'Deadline', value: computed.deadline });
  if (computed.estimate) facts.push({ title: 'Estimate', value: computed.estimate });
  return facts;
}

/**
 * A card with the facts on Web Chat and Teams, where card text is Markdown: the taxpayer's words
 * are escaped there. Short plain lines on SMS.
 */
export function caseSummaryMessage(channelId: string, title: string, summary: CaseSummary): Partial<Activity> {
  const facts = caseFacts(summary);
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
