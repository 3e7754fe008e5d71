import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureDifferences, figuresOf } from '../../../src/kb/figures.js';
import { loadKnowledge, loadTranslations } from '../../../src/kb/loadKnowledge.js';
import type { ValidationContext } from '../../../src/kb/validate.js';
import { scratchDirectory } from '../../fixtures/scratchDirectories.js';

const context: ValidationContext = { dialogs: ['talkToPerson'], phoneNumbers: ['860-297-5962'], emails: ['drs@po.state.ct.us'] };

const ENGLISH = `---
id: plan-basics
title: Payment plans
questions: [Can I pay over time?, How do payment plans work?, Can I get a payment plan?]
keywords: [payment plan]
source: { document: Connecticut balance due notice guide }
reviewed: 2026-11-21
---
Pay $2,000 by April 15, 2025, or call 860-297-5962 within 60 days of Notice R859.

E-mail drs@po.state.ct.us and send Form 8379 with your W-2s.
`;

const spanish = (body: string, fields = 'translation: pending-review') => `---
id: plan-basics
language: es
${fields}
title: Planes de pago
questions: [¿Puedo pagar a plazos?, como funcionan los planes de pago, quiero un plan de pagos]
keywords: [plan de pagos]
---
${body}
`;

const FAITHFUL = 'Pague $2,000 antes del 15 de abril de 2025, o llame al 860-297-5962 dentro de los 60 días del aviso R859.\n\nEscriba a drs@po.state.ct.us y envíe el Formulario 8379 con sus W-2.';

/** A knowledge folder with the English entry and, when given, its Spanish version. */
function folder(spanishText?: string): string {
  const dir = scratchDirectory('kb-es-');
  mkdirSync(join(dir, 'payments'));
  writeFileSync(join(dir, 'payments', 'plan-basics.md'), ENGLISH);
  if (spanishText) writeFileSync(join(dir, 'payments', 'plan-basics.es.md'), spanishText);
  return dir;
}

function problems(dir: string): string[] {
  try {
    loadTranslations(dir, loadKnowledge(dir, context), context);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
}

describe('Spanish versions of knowledge entries', () => {
  it('reads dates, amounts, phones, e-mails and codes as the same figures in both languages', () => {
    expect([...figuresOf('Due April 17, 2020; pay $1,250.50 or 1% a month; call 1-860-297-5962; Form CT-1040.', 'en')].sort()).toEqual(
      [...figuresOf('Vence el 17 de abril de 2020; pague $1,250.50 o el 1% al mes; llame al 860-297-5962; Formulario CT-1040.', 'es')].sort(),
    );
    expect(figureDifferences('By July 31.', 'Antes del 31 de julio.')).toEqual({ missing: [], added: [] });
  });

  it('joins a faithful translation to its English entry, sharing its source and dates', () => {
    const dir = folder(spanish(FAITHFUL));
    const [translated] = loadTranslations(dir, loadKnowledge(dir, context), context);
    expect(translated).toMatchObject({
      id: 'plan-basics',
      title: 'Planes de pago',
      source: { document: 'Connecticut balance due notice guide' },
      reviewed: '2026-11-21',
      translation: { language: 'es', status: 'pending-review' },
    });
    expect(translated?.shortAnswer).toMatch(/^Pague \$2,000/);
  });

  it.each([
    ['an amount', FAITHFUL.replace('$2,000', '$2,500'), /lacks what payments\/plan-basics\.md says: number 2000; .*says what .* does not: number 2500|lacks .*number 2000/s],
    ['an amount in another format', FAITHFUL.replace('$2,000', '$2.000'), /number 2000/],
    ['a date', FAITHFUL.replace('15 de abril', '16 de abril'), /date 2025-04-15/],
    ['a phone number', FAITHFUL.replace('860-297-5962', '860-297-5963'), /phone 8602975962/],
    ['a notice code', FAITHFUL.replace('R859', 'R858'), /code R859/],
    ['a form number', FAITHFUL.replace('8379', '8397'), /number 8379/],
    ['an e-mail address', FAITHFUL.replace('drs@po.state.ct.us', 'drs@ct.gov'), /e-mail drs@po\.state\.ct\.us/],
    ['a figure left out', FAITHFUL.replace(' dentro de los 60 días', ''), /lacks .*number 60/],
  ])('fails when the Spanish changes %s', (_what, body, expected) => {
    const found = problems(folder(spanish(body)));
    expect(found.join('\n')).toMatch(expected);
  });

  it('fails when an entry has no Spanish version, names a wrong id, or says it was reviewed in a way the schema does not know', () => {
    expect(problems(folder())).toEqual([expect.stringMatching(/payments\/plan-basics\.md: has no Spanish version \(write payments\/plan-basics\.es\.md/)]);
    expect(problems(folder(spanish(FAITHFUL).replace('id: plan-basics', 'id: plan-basic')))).toContainEqual(expect.stringMatching(/"plan-basic" is no English entry's id/));
    expect(problems(folder(spanish(FAITHFUL, 'translation: approved')))).toContainEqual(expect.stringMatching(/translation must be pending-review or reviewed/));
    expect(problems(folder(spanish(FAITHFUL, 'translation: reviewed')))).toEqual([]);
  });
});
