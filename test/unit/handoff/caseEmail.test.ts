import { describe, expect, it } from 'vitest';
import { caseEmail } from '../../../src/handoff/caseEmail.js';
import type { HandoffCase } from '../../../src/handoff/caseSummary.js';

const PRIVATE = ['Jordan Example', '860-555-0123', '8605550123', 'jordan@example.com', 'levied after the notice', 'took my rent money', 'my SSN is'];

const handoffCase = (overrides: Partial<HandoffCase['summary']> = {}): HandoffCase => ({
  id: '6f1c1f9e-3f4b-4f55-9a55-0d3c8f7e8b11',
  caseNumber: 'P1-7K4Q2M',
  kind: 'priorityOne',
  status: 'queued',
  channelId: 'webchat',
  conversationId: 'conv-1',
  conversationRef: { user: { name: 'Jordan Example' } },
  summary: {
    kind: 'priorityOne',
    taxpayerType: 'individual',
    collectionActions: ['bankLevy', 'lien'],
    covidImpact: 'yes',
    eligible: true,
    contact: { name: 'Jordan Example', phone: '860-555-0123', email: 'jordan@example.com' },
    preferredTime: 'Weekday mornings',
    description: 'My bank account was levied after the notice',
    computed: { noticeKind: 'AU-960', estimate: '$1,234.00' },
    consentAt: '2026-03-02T15:14:00.000Z',
    ...overrides,
  },
  language: 'en',
  transcript: [
    { direction: 'in', text: 'The levy took my rent money', at: '2026-03-02T15:10:00.000Z' },
    { direction: 'in', text: 'my SSN is [SSN removed]', at: '2026-03-02T15:11:00.000Z' },
  ],
  createdAt: '2026-03-02T15:15:00.000Z',
  updatedAt: '2026-03-02T15:15:00.000Z',
  claimedBy: null,
  claimedAt: null,
  closedAt: null,
  resolution: null,
  callbackRequestedAt: null,
});

describe('caseEmail', () => {
  it('names the case and its status in the subject', () => {
    expect(caseEmail(handoffCase()).subject).toBe('Priority One case P1-7K4Q2M (queued)');
    expect(caseEmail({ ...handoffCase(), kind: 'general', caseNumber: 'DRS-7K4Q2M', status: 'active' }).subject).toBe('General case DRS-7K4Q2M (active)');
  });

  it('says a Spanish case is in Spanish, in its text and its subject', () => {
    const { subject, text } = caseEmail({ ...handoffCase(), language: 'es' });
    expect(subject).toBe('Priority One case P1-7K4Q2M (queued, Spanish)');
    expect(text).toContain('\nChannel: webchat\nLanguage: Spanish\n');
  });

  it('lists the minimal summary, with the time in Connecticut', () => {
    expect(caseEmail(handoffCase()).text).toBe(
      [
        'Case number: P1-7K4Q2M',
        'Kind: Priority One',
        'Taxpayer type: Individual',
        'Collection actions: Bank warrant or levy, Tax lien',
        'COVID-19 impact: Yes',
        'Eligible: Yes',
        'Channel: webchat',
        'Language: English',
        'Created: Mon, Mar 2, 2026, 10:15 AM EST',
        'Preferred contact time: Weekday mornings',
        '',
        'Open the representative console to see the case.',
        '',
      ].join('\n'),
    );
  });

  it('says when an answer was not given, and uses daylight time in summer', () => {
    const text = caseEmail({
      ...handoffCase({ taxpayerType: undefined, covidImpact: undefined, collectionActions: [], eligible: false }),
      createdAt: '2026-07-06T13:05:00.000Z',
    }).text;
    expect(text).toContain('Taxpayer type: Not given');
    expect(text).toContain('COVID-19 impact: Not given');
    expect(text).toContain('Collection actions: None');
    expect(text).toContain('Eligible: No');
    expect(text).toContain('Created: Mon, Jul 6, 2026, 9:05 AM EDT');
  });

  it('never carries the description, the transcript or contact details', () => {
    const { subject, text } = caseEmail(handoffCase());
    for (const secret of PRIVATE) {
      expect(subject).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('AU-960');
    expect(text).not.toContain('$1,234.00');
  });

  it('removes contact details and numbers typed into the preferred time', () => {
    const { text } = caseEmail(handoffCase({ preferredTime: 'After 3pm\non 860-555-0123 or jordan@example.com, SSN 123-45-6789' }));
    expect(text).toContain('Preferred contact time: After 3pm on [number removed] or [e-mail removed] SSN [SSN removed]');
    expect(text.split('\n')).toHaveLength(13);
  });

  it('keeps to plain ASCII so the body is sent as 7-bit text', () => {
    expect(caseEmail(handoffCase()).text).toMatch(/^[\x20-\x7e\n]*$/);
  });
});
