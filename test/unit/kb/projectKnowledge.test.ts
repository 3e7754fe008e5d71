import { describe, expect, it } from 'vitest';
import { topicIntros } from '../../../dialogs/mainMenu.js';
import { answerMessage, sourceLine } from '../../../src/render/answerMessages.js';
import { SMS_MAX_LENGTH } from '../../../src/render/render.js';
import { knownEmails, knownPhoneNumbers } from '../../../src/kb/contacts.js';
import { projectEntries } from '../../fixtures/knowledge.js';

const topics = (folder: string) => projectEntries.filter((entry) => entry.file.startsWith(`${folder}/`));

describe('the knowledge in knowledge/', () => {
  it('covers every topic of the three source documents', () => {
    expect(topics('priority-one').length).toBeGreaterThanOrEqual(9);
    expect(topics('offsets').length).toBeGreaterThanOrEqual(18);
    expect(topics('notices').length + topics('collections').length).toBeGreaterThanOrEqual(20);
    expect(topics('payments').length + topics('penalties').length).toBeGreaterThanOrEqual(12);
  });

  it('cites a source and a review date in every entry', () => {
    for (const entry of projectEntries) {
      expect(entry.source.document.length, entry.file).toBeGreaterThan(3);
      expect(entry.reviewed, entry.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('shows only phone numbers and emails from the contact table', () => {
    const phones = new Set(knownPhoneNumbers);
    const emails = new Set(knownEmails);
    for (const entry of projectEntries) {
      const text = `${entry.shortAnswer}\n${entry.details}`;
      for (const phone of text.match(/\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g) ?? []) expect(phones.has(phone), `${entry.file}: ${phone}`).toBe(true);
      for (const email of text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) expect(emails.has(email), `${entry.file}: ${email}`).toBe(true);
    }
  });

  it('dates every Priority One answer April 17, 2020 and tells the taxpayer to confirm with DRS', () => {
    for (const entry of topics('priority-one')) {
      expect(entry.source.date, entry.file).toBe('2020-04-17');
      expect(`${entry.shortAnswer} ${entry.details}`, entry.file).toMatch(/April 17, 2020[\s\S]*confirm/i);
    }
  });

  it("gives each answer its source's own date only where the source has one, and the review date separately", () => {
    const priorityOne = projectEntries.filter((entry) => entry.source.document === 'DRS announcement: Priority One Taxpayer Assistance Program');
    expect(priorityOne.length).toBeGreaterThanOrEqual(9);
    for (const entry of projectEntries) {
      const line = sourceLine(entry);
      expect(line, entry.file).not.toMatch(/as of November 21, 2026/);
      expect(line, entry.file).toMatch(/\. Reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
      if (priorityOne.includes(entry)) expect(line, entry.file).toMatch(/, dated April 17, 2020\. Reviewed /);
      else expect(line, entry.file).not.toMatch(/dated/);
    }
  });

  it('keeps the R859 deadline "according to the notice" and the offset window at 60 days', () => {
    const byId = new Map(projectEntries.map((entry) => [entry.id, entry]));
    expect(byId.get('r859-notice')?.shortAnswer).toMatch(/10 days, according to the notice/);
    expect(byId.get('notice-of-intent-to-offset')?.shortAnswer).toMatch(/60 days/);
    expect(byId.get('interest-cannot-be-waived')?.shortAnswer).toMatch(/cannot be waived/);
  });

  it('fits the short answer of every entry in one SMS with its source', () => {
    for (const entry of projectEntries) {
      const { activity } = answerMessage('sms', entry);
      expect(activity.text?.length ?? 0, entry.file).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    }
  });

  it('features only entries that exist in each menu topic', () => {
    const ids = new Set(projectEntries.map((entry) => entry.id));
    for (const intro of Object.values(topicIntros)) for (const id of intro.featured) expect(ids.has(id), id).toBe(true);
  });
});
