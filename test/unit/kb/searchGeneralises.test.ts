import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/kb/normalize.js';
import { PhraseSimilarity } from '../../../src/kb/phraseSimilarity.js';
import { isAboutAnotherTaxOffice, isOutsideCollections } from '../../../src/kb/scope.js';
import { plainWords } from '../../../src/kb/normalize.js';
import { questionAskedLast } from '../../../src/kb/askedLast.js';
import { defaultTuning } from '../../../src/kb/search.js';
import type { SearchResult } from '../../../src/kb/search.js';
import { englishSound } from '../../../src/kb/englishSound.js';
import { spanishSound } from '../../../src/kb/spanishText.js';
import { Vocabulary } from '../../../src/kb/spelling.js';
import { projectEntries, projectKnowledge, projectSpanishEntries } from '../../fixtures/knowledge.js';

const topOf = (result: SearchResult) => (result.kind === 'answer' ? result.best.entry.id : result.kind);

describe('spelling correction', () => {
  const vocabulary = new Vocabulary(['offset', 'offset', 'offer', 'holiday', 'garnishment', 'does', 'request']);

  it.each([
    ['offest', 'offset'],
    ['hoilday', 'holiday'],
    ['reqeust', 'request'],
    ['garnishmnet', 'garnishment'],
    ['ofer', 'offer'],
    ['dose', 'does'],
  ])('reads %j as %j (one swap, insertion or change; two for long words)', (typed, known) => {
    expect(vocabulary.closest(typed)).toBe(known);
  });

  it('leaves short words, numbers and words too far from any known word as typed', () => {
    expect(vocabulary.closest('off')).toBe('off');
    expect(vocabulary.closest('8379x')).toBe('8379x');
    expect(vocabulary.closest('truck')).toBe('truck');
    expect(vocabulary.closest('offsetting')).toBe('offsetting');
  });

  it('allows two edits only in long words, so everyday words are not read as tax words', () => {
    const taxWords = new Vocabulary(['renting', 'liens', 'garnishment']);
    expect(taxWords.closest('hunting')).toBe('hunting');
    expect(taxWords.closest('license')).toBe('license');
    expect(taxWords.closest('garnishmint')).toBe('garnishment');
    expect(taxWords.closest('garnshmint')).toBe('garnishment');
  });

  it('prefers the word used more often when two are as close', () => {
    expect(new Vocabulary(['lien', 'lean', 'lean']).closest('liean')).toBe('lean');
  });

  it('prefers, of two as close, the one that ends as the typed word does (typos keep a word\'s last letter)', () => {
    expect(new Vocabulary(['month', 'month', 'month', 'monthly']).closest('monthy')).toBe('monthly');
  });

  it('prefers, of two as close, the word whose letters the typo only swapped ("plna" is "plan", not "pena")', () => {
    expect(new Vocabulary([['pena', 12], ['plena', 4], ['plan', 3]]).closest('plna')).toBe('plan');
    expect(new Vocabulary(['for', 'for', 'for', 'form']).closest('fomr')).toBe('form');
  });

  it('reads a typo written into sample questions as the word the answers use that sounds the same, however rare', () => {
    const spanish = new Vocabulary([['compromiso', 40], ['compromizo', 10, true]], spanishSound);
    expect(spanish.closest('compromizo')).toBe('compromiso');
    // Not when the sound-alike is itself known only from sample questions, or rarer than the typo.
    expect(new Vocabulary([['compromiso', 40, true], ['compromizo', 10, true]], spanishSound).closest('compromizo')).toBe('compromizo');
    expect(new Vocabulary([['compromiso', 5], ['compromizo', 10, true]], spanishSound).closest('compromizo')).toBe('compromizo');
  });

  it('reads a typo that only sample questions use as the far commoner word one edit away, and keeps a rare word with no such neighbour', () => {
    const asked = new Vocabulary([['payment', 120], ['paymnet', 4, true], ['landscaping', 2, true], ['levy', 30], ['levied', 3]]);
    expect(asked.closest('paymnet')).toBe('payment');
    expect(asked.closest('landscaping')).toBe('landscaping');
    // A rare word of the entries' own texts stays itself.
    expect(asked.closest('levied')).toBe('levied');
    // Not far commoner: kept.
    expect(new Vocabulary([['payment', 20], ['paymnet', 4, true]]).closest('paymnet')).toBe('paymnet');
  });

  it('takes a word given once outside the sample questions as no typo, whatever the sample questions say', () => {
    const stopWordToo = new Vocabulary([['necesito', 51, true], ['necesita', 900], 'necesito']);
    expect(stopWordToo.closest('necesito')).toBe('necesito');
  });

  it('reads a typo that sounds like a known word as that word, where the language gives its sounds', () => {
    const spanish = new Vocabulary([['hacer', 263], ['hago', 328], ['llego', 336, true], ['quitaron', 146], ['necesito', 51, true], ['necesito', 50], ['nesesito', 6, true], ['ser', 90]], spanishSound);
    expect(spanish.closest('aser')).toBe('hacer');
    expect(spanish.closest('yego')).toBe('llego');
    expect(spanish.closest('kitaron')).toBe('quitaron');
    expect(spanish.closest('nesesito')).toBe('necesito');
    // A three-letter word only when it sounds exactly like a known one ("ago" is "hago").
    expect(new Vocabulary([['hago', 328], ['algo', 20]], spanishSound).closest('ago')).toBe('hago');
    expect(new Vocabulary([['hago', 328]]).closest('ago')).toBe('ago');
    // Without a language's sounds, two edits away is too far for a short word.
    expect(new Vocabulary([['hacer', 263]]).closest('aser')).toBe('aser');
  });

  it('reads an English typo that sounds like a known word as that word ("notis" is "notice")', () => {
    const english = new Vocabulary([['notice', 300], ['notes', 5], ['office', 40], ['lien', 30], ['line', 10]], englishSound);
    expect(english.closest('notis')).toBe('notice');
    expect(english.closest('ofis')).toBe('office');
    expect(english.closest('lein')).toBe('lien');
    expect(topOf(projectKnowledge.search('what is an R859 notis'))).toBe('r859-notice');
  });

  it('reads agencies\' letters said one by one ("d r s", "de erre ese", "efe eme ese") as the agencies', () => {
    expect(plainWords('the d r s and the i.r.s. sent it to f m s')).toBe('the drs and the irs sent it to fms');
    expect(plainWords('el de erre ese le avisa al efe eme ese')).toBe('el drs le avisa al fms');
    expect(plainWords('una carta del iris')).toBe('una carta del irs');
    // Other letters, and "de" before a word, stay as typed.
    expect(plainWords('la casa de r y s')).toBe('la casa de r y s');
  });

  it('reads "paymnet plan" as a payment plan question although two sample questions misspell it so', () => {
    expect(topOf(projectKnowledge.search('paymnet plan ct drs how to apply'))).toBe('installment-payment-plans');
  });
});

describe('questions for another tax office', () => {
  it.each([
    'IRS installment agreement for my federal taxes',
    'how do I request a federal tax transcript',
    'what is the sales tax rate in New Jersey',
    // Connecticut named only to be set aside, or as where one lives: the IRS's or New York's own plan.
    'I got a letter from the IRS, not the state, how do I set up a payment plan',
    'Tengo una carta del IRS, no del estado. ¿Cómo solicito un plan de pagos federal con el IRS?',
    'Vivo en Connecticut pero Nueva York dice que les debo. ¿Cómo hago un plan de pagos con el estado de Nueva York?',
  ])('%j is not a Connecticut question', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(true);
    expect(topOf(projectKnowledge.search(question))).toBe('none');
  });

  it.each([
    'the IRS kept my federal refund for a Connecticut tax debt',
    'my federal refund was smaller than I expected',
    'does DRS tell the IRS when my balance is paid',
    'I moved to Florida, can the state still collect',
    'a car tax from my town showed up on my DRS bill',
    // A misspelled offset is still the federal offset of a refund for a Connecticut debt.
    'cuanto tarda en salir en mi cuenta el dinero del ofset federal',
    // Spanish: Connecticut's taxes or a debt with the state, beside Social Security.
    'el seguro social me lo pueden quitar por impuestos de CT',
    'me pueden quitar el cheque del seguro social por una deuda con el estado',
  ])('%j is still about Connecticut', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(false);
  });

  it.each([
    'my gas company wants me on a payment plan for last winter',
    'My bank froze my checking account over a disputed charge. What are my rights?',
    'el hospital me ofrecio un payment plan pa la factura, como funciona eso?',
    'the city says I owe a parking fine from 2023',
    'can my landlord take my security deposit for unpaid rent',
    'the mortgage company is threatening to foreclose',
    'who do I call about late child support',
    'my health insurance will not pay for my surgery',
    'how do I renew my passport',
    'mi casero no me devuelve el deposito de seguridad',
    'como pago la multa de estacionamiento de Hartford',
    'cuanto es el impuesto de ventas en Nueva York',
    'el seguro social me manda cartas',
    // Money sent abroad, and wages an employer holds back, are not tax questions.
    'cuanto me cobran por mandar dinero a honduras por western union',
    'Mi patrón no me quiere pagar las horas extras. ¿A dónde puedo poner una queja?',
    'my boss never paid me for overtime, who do I complain to',
    'when can I start drawing social security',
    'which bank has the best savings rate',
    'my mass excise tax bill is late',
    'How do I freeze my credit with Equifax?',
    "My Social Security statement says my benefit was reduced due to the Medicare Part B premium. Why?",
    'how do i file for unemplymnet in ct i just got laid off',
    "My mother's Social Security check is late this month. Who should she call?",
    'si uno no paga la tarjeta de crédito lo pueden deportar?',
    'Mi esposo necesita sacar un ITIN para hacer los taxes federales. ¿Cómo lo solicita?',
  ])('%j is for another creditor or office', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(true);
    const result = projectKnowledge.search(question);
    expect(result.kind === 'none' && result.elsewhere).toBe(true);
  });

  it('a question it cannot place is not said to be for another office', () => {
    const result = projectKnowledge.search('whats the weather in hartford tomorrow');
    expect(result.kind === 'none' && result.elsewhere).toBeFalsy();
  });

  it.each([
    'DRS took my refund for my student loan, is that allowed',
    'I cannot pay my state tax bill and my rent to the landlord',
    'could a property tax from my town be why I got a DRS notice',
    'ya le pagué todo al estado y aun así me quitaron el reembolso federal',
    'el gobierno federal agarró mi reembolso por una deuda del estado',
  ])('%j names Connecticut\'s taxes beside another creditor', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(false);
  });

  it.each([
    // A refund taken, held or sent to another agency is an offset, in either language.
    'the irs said my refund was sent to another agency, why',
    'my federal refund was withheld and I got a letter from treasury',
    'me quitaron mi reembolso federal, por que',
    'me retuvieron la devolución federal',
    'el tesoro me mandó una carta de que mi reembolso federal fue retenido',
    // Taxes owed, or a benefit taken for them, are Connecticut's when no other office is named.
    'can the state take my unemployment benefits for back taxes',
    'can the state put a lien on my house if I have a mortgage',
    'will they take my social security benefits',
    'me pueden quitar el seguro social por deber impuestos',
    'el seguro social me lo pueden quitar si debo al estado',
    'pueden quitarme el desempleo por deber impuestos al estado',
    // A refund beside a debt, or paying one off, or a Connecticut town.
    'si pago todo antes de los 60 dias me dejan tranquilo el reembolso federal?',
    'como evito que me agarren el refund del IRS',
    'quede debiendo impuestos de cuando vivia en hartford, me pueden usar el reembolso federal?',
    'will my federal refund go toward what I owe',
    // Paying it off before the notice's 60 days, or the notice of intent named, keeps an IRS refund with Connecticut.
    'if I pay it all off before the 60 days is my IRS refund safe',
    'no quiero que toquen mi devolución del IRS, ya tengo la carta de intención',
    // Medical bills beside paying one's taxes late are a hardship question, not another creditor's.
    'my doctor bills kept me from paying my taxes on time',
    'hospital bills ate my savings so I paid late, can the penalty go away',
    'big hospital bills are why I paid connecticut late',
    // What was filed, matched against the IRS's records, is DRS's audit question; "cogieron" took a refund.
    'my numbers did not match what the IRS has and DRS changed my tax',
    'no cuadra lo que declaré con lo del IRS y ahora dicen que debo',
    'me cogieron el reembolso del IRS por los taxes de CT',
    'cuanto tarda en salir en mi cuenta el refund federal q me quitaron?',
    // A joint refund eaten by a spouse's debt; medical bills beside a late-payment penalty; Washington's Birthday.
    'my husband owed from before we married and it ate our joint federal refund, how do I get my share back',
    'Can big medical bills help me get out of a late-payment penalty?',
    'el estado cierra en el cumpleaños de washington?',
    // A misspelled refund taken is still one.
    'cuanto tarda en salir en mi cuenta el refun federal q me quitaron',
  ])('%j is a Connecticut collection question', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(false);
  });

  it.each([
    'where is my federal refund',
    'donde esta mi reembolso federal',
    'phone number for the social security office in hartford',
    'How do I file for Chapter 7 bankruptcy?',
    "How do I garnish my former tenant's wages for unpaid rent?",
    'la tarjeta de credito me mando a collections, aceptan un settlement por menos?',
    'cuanto me toca de seguro social',
    'IRS is garnishing my wages for federal back taxes',
    // Another state named, not as where one lives: its "state taxes" are not Connecticut's.
    'Does New Jersey have a COVID hardship program for people who owe state taxes?',
    '¿Cómo reclamo mi reembolso de impuestos estatales de Nueva York?',
    'el banco me cobró intereses y una multa por sobregiro',
    'My bank froze my debit card for suspected fraud. How do I get it unlocked?',
    'como pido el unemployment en Connecticut?',
  ])(
    '%j stays with the other office',
    (question) => {
      expect(isAboutAnotherTaxOffice(question)).toBe(true);
    },
  );

  it('still lists the nearest entries for the unanswered-questions report', () => {
    const result = projectKnowledge.search('IRS payment plan for federal back taxes');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.nearMisses.length).toBeGreaterThan(0);
  });
});

describe('paraphrase, misspelling and program names', () => {
  it.each([
    ['why was my refund offest', 'refund-offset-why'],
    ['ofer in compromize', 'offer-in-compromise'],
    ['injured spose form', 'offset-joint-return-form-8379'],
    ['what is a wage garnishmnet', 'wage-garnishment'],
    ['my emplyer got a wage exection order', 'wage-garnishment'],
    // The sources do not say whether a card is taken; the online-payment answer says so.
    ['can I pay with a credit card', 'pay-online'],
    // What follows a call asks how the program works, not for its number.
    ['I left a voicemail on the priority one line, then what?', 'priority-one-how-it-works'],
    ['emailed the priority one team, what happens after that', 'priority-one-how-it-works'],
  ])('%j → %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });

  it.each([
    ['offset', 'refund-offset-why'],
    ['notice', 'balance-due-notice'],
    ['waiver', 'penalty-waiver'],
    ['lien', 'tax-liens'],
    ['payment plan', 'installment-payment-plans'],
    ['levy', 'bank-levy'],
  ])('the one-word query %j gets the entry that explains it, %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });

  it('the Spanish one-word query "compensación" gets the entry that explains an offset', () => {
    const result = projectKnowledge.spanish.answerer.search('compensación');
    expect(result.kind === 'answer' ? result.best.entry.id : result.kind).toBe('refund-offset-why');
  });

  it.each(['priority one', 'tell me about priority one', 'what was priority one'])('%j, the program named alone, gets the entry on the program', (question) => {
    expect(topOf(projectKnowledge.search(question))).toBe('priority-one-program');
  });

  it('answers the general entry unless the question names Priority One or the pandemic', () => {
    expect(topOf(projectKnowledge.search('can they take my paycheck'))).toBe('wage-garnishment');
    expect(topOf(projectKnowledge.search('covid relief for my wage garnishment'))).toBe('priority-one-wage-garnishments');
    expect(topOf(projectKnowledge.search('priority one and my wage garnishment'))).toBe('priority-one-wage-garnishments');
    // Named, the program is what the question is about, even beside a general topic.
    expect(topOf(projectKnowledge.search('does signing up for priority one automaticly cancel my bank warrant'))).toMatch(/^priority-one-/);
    expect(topOf(projectKnowledge.search('is priority one still a thing? everything i find about it is from 2020'))).toBe('priority-one-program');
  });

  it.each([
    ['how do payment plans work', 'installment-payment-plans'],
    ['how does wage garnishment work', 'wage-garnishment'],
    ['how does the priority one program work', 'priority-one-how-it-works'],
  ])('"how does X work" asks about X: %j → %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });
});

describe('phrase similarity', () => {
  const phrase = (entryId: string, text: string, weight = 1) => ({ entryId, tokens: tokenize(text), weight });
  const similarity = new PhraseSimilarity([
    phrase('release', 'lien release after paying'),
    phrase('credit', 'lien on my credit report'),
    phrase('levy', 'bank levy', 0.85),
  ]);
  const scores = (question: string) => similarity.scores(tokenize(question));

  it('scores a phrase sharing two neighbouring words above one sharing one of them', () => {
    const released = scores('release of the lien');
    expect(released.get('release')).toBeGreaterThan(released.get('credit') ?? 1);
    expect(released.get('levy')).toBe(0);
  });

  it('finds a misspelt word through its letter pieces, and nothing for an unrelated question', () => {
    expect(scores('levvy').get('levy')).toBeGreaterThan(0);
    expect(scores('levvy').get('credit')).toBe(0);
    expect(Math.max(...scores('weather tomorrow').values())).toBe(0);
  });
});

describe('the words taxpayers use for DRS, its actions and their own situation', () => {
  it.each([
    ['the revenue department wants to repossess my boat', 'asset-seizure'],
    ['my checking account is frozen because of the state tax office', 'bank-levy'],
    ['can I see someone face to face at DRS', 'drs-walk-in-and-email'],
    ['a caller wants me to pay my CT taxes with gift cards', 'legitimate-notice-or-scam'],
    ['I want to fight what the notice says I owe', 'dispute-balance-due'],
    ['I want to argue with the amount on my notice', 'dispute-balance-due'],
    ['could my late penalty get reduced', 'penalty-waiver'],
    ['is there a way to have the interest taken off', 'interest-cannot-be-waived'],
    ['I want to pay off my CT balance in one payment', 'pay-balance-in-full'],
    ['DRS is taking part of my salary every week', 'wage-garnishment'],
    ['will a tax debt show on a background check', 'credit-report-and-legal'],
    ['can I negotiate my tax bill down with DRS', 'offer-in-compromise'],
    ['is there a fine for paying my CT tax late', 'late-payment-penalty'],
    ['did the pandemic program postpone my filing deadline', 'priority-one-extensions'],
    ['my employer takes state tax out of my pay, do I still have to file', 'income-tax-and-notice'],
    // Who a payment is made out to, a return sent after the deadline, refusing to pay.
    ['who should the check be made out to, DRS or the state', 'pay-balance-in-full'],
    ['is the certified check payable to DRS or someone else', 'pay-balance-in-full'],
    ['filed past the due date but owed nothing, is there a fine', 'late-payment-penalty'],
    ['what if I refuse to pay the state what they say I owe', 'ignoring-a-notice'],
    ['im never gonna pay that tax bill, what happens', 'ignoring-a-notice'],
    // Not paying enough is not ignoring the bill.
    ['got a notice that i didnt pay enough income tax', 'income-tax-and-notice'],
    // "My pay" is wages.
    ['DRS wants a cut of my pay every week', 'wage-garnishment'],
    // Whose refund was taken tells the federal offset from the state one.
    ['my federal tax refund got taken for state taxes I owe', 'treasury-offset-program'],
    ['the IRS took my federal refund because I owe Connecticut', 'treasury-offset-program'],
    ['the state took my tax refund', 'refund-offset-why'],
    // "How fast" asks for a deadline, as "how soon" does.
    ['how fast do I need to answer a DRS notice', 'how-to-respond'],
    // Keeping them from taking it is avoiding the offset.
    ['how do I block connecticut from intercepting my federal refund', 'offset-avoid-by-paying'],
    ['fastest way to stop the feds from taking my tax refund', 'offset-avoid-by-paying'],
    // Money taken from savings is a levy; a next or scheduled plan payment missed is a default.
    ['can the state pull money out of my savings', 'bank-levy'],
    ['I cannot make my next scheduled payment', 'payment-plan-default'],
    // Medical bills and being penalized: the cost of an illness and a penalty, not a tax bill.
    ['my doctor bills kept me from paying my taxes on time', 'medical-hardship'],
    // Using the pandemic program is qualifying for it; the federal refund offset program is the Treasury's.
    ['can I use the covid program if I owe taxes but have no collection action', 'priority-one-eligibility'],
    ['Can you explain the federal refund offset program', 'treasury-offset-program'],
    ['what is TOP', 'treasury-offset-program'],
    // A little at a time is a payment plan; a late fee is the late-payment penalty, and taking it away its waiver.
    ['can I pay a little at a time', 'installment-payment-plans'],
    ['how do I get the late fee taken away', 'penalty-waiver'],
    // Hearing about a program is not a collections hearing; "3 years ago" is not the three-year refund limit.
    ['I have been hearing about Priority One, what is it', 'priority-one-program'],
    ['we moved to Texas 3 years ago, can CT still take our federal refund for the old tax bill', 'federal-and-state-offsets'],
    ['does CT tack on a fee when they take my federal refund', 'offset-no-fee'],
    ['can I get an actual person at the state tax office about my letter', 'contact-drs'],
    ['which phone number should I call about my balance due notice', 'contact-drs'],
    // What a letter is called is its name, not a phone call.
    ['my sister keeps calling it a tax invoice, is that a balance due notice?', 'balance-due-notice'],
    ['what do you call the notice that says I owe the state money', 'balance-due-notice'],
    // Being warned before a refund is taken is the Notice of Intent to Offset.
    ['How will DRS warn me before they go after my federal tax refund?', 'notice-of-intent-to-offset'],
    // Leaving a message is the hotline's voicemail.
    ['if i call the priority one # after 5 can i still leave a msg', 'priority-one-contact'],
    // Interest that keeps running is not a program being run; asking whether to stop paying is not a default.
    ["Does interest keep running while I'm on a DRS payment plan?", 'installment-payment-plans'],
    ['who runs the Treasury Offset Program', 'treasury-offset-program'],
    ['should I stop paying my payment plan if they take my refund anyway', 'offset-payment-plan'],
    // Kinds of payment are the ways to pay; papers pulled together are the documents to gather.
    ['What kinds of payment can I mail to DRS?', 'pay-balance-in-full'],
    ['What documents should I pull together to check my balance due?', 'how-to-respond'],
    // Whether the Treasury may choose is its discretion under the DCIA.
    ['Does the Treasury have to collect state debts through offset, or is it their choice?', 'offset-dcia-federal-authority'],
  ])('answers %j with %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });
});

describe('how to pay', () => {
  it.each(['how do i pay my ct tax bill', 'ways to pay ct tax bill', 'how can I pay what I owe the state', 'how do I pay my taxes'])('%j gets an answer on the ways to pay', (question) => {
    expect(['pay-online', 'pay-balance-in-full']).toContain(topOf(projectKnowledge.search(question)));
  });
});

describe('a federal refund taken for Connecticut taxes', () => {
  it('is answered by an entry on federal offsets, not by the one on a state refund sent to another agency', () => {
    expect(['treasury-offset-program', 'federal-and-state-offsets']).toContain(topOf(projectKnowledge.search('they took my federal refund for my CT taxes')));
  });
});

describe('Connecticut tax questions outside collection', () => {
  it.each([
    'what is the connecticut income tax rate',
    'is my pension taxable in ct',
    'wheres my ct refund, I e-filed in march',
    'when are connecticut returns due this year',
    'how do I appeal my home assessment',
    'do I need a sales tax permit to sell crafts',
    'cual es la tasa del impuesto de ventas en ct',
    'donde esta mi reembolso de connecticut',
    'cual es la fecha limite pa hacer los taxes del estado',
    'como registro mi negocio para cobrar el impuesto de ventas',
    'how do I file my first CT return',
    'como presento mi declaracion por primera vez',
    'cual es la tasa del sales tax en connecticut',
    'do I pay sales tax on diapers in CT',
    'how do I file taxes for the first time',
    'presente la declaración en marzo y todavía no me llega el reembolso',
    'ct income tax return due date this year',
    'cuando vence declaracion ct',
    'Which form do I use to file my Connecticut resident income tax return?',
    'what is the minimum wage in connecticut this year',
    'cuanto es el salario minimo en CT este año?',
    // A tax credit claimed is not a refund claim; amending a return; the tax on a salary.
    'How do I claim the Connecticut earned income tax credit?',
    'How do I amend my CT return to add a dependent I forgot?',
    'How much Connecticut income tax will I pay on a $70,000 salary?',
    '¿Califico para el crédito tributario por hijos de Connecticut?',
    'acabo de mandar mi declaracion estatal, cuando me llega el refund?',
    // Another kind of return, a clearance letter, a W-2, having taxes done
    'do I have to file a part-year resident return?',
    'how do I get a tax clearance letter to sell my business',
    'how can I get a copy of my W-2 from an employer that closed',
    'who can help me do my taxes',
    'quien me puede ayudar a hacer mis taxes',
    "I filed my Connecticut return in February and still don't have my refund. Where is it?",
    'cual es el sales tax en connecticut',
    'cuando vencen los pagos estimados de CT este año?',
    // How many years DRS has to collect, and interest paid on a late refund: the sources never say.
    'is there a statute of limitations on DRS collecting back taxes',
    'how many years does the state have to collect an old tax debt',
    'cuantos años tiene el estado pa cobrarme una deuda vieja antes q prescriba?',
    'my refund came 5 months late, does drs pay me interest on it',
    'we waited months for our ct refund, what interest does the state owe us for that',
    'el DRS me paga intereses si el reembolso llega tarde?',
    // The fee for a bounced check is not in the sources.
    "what's the penalty if my check to DRS bounces",
    'cuanto cobra DRS de multa por un cheque rebotado?',
    // Whether a kind of income is taxed, an old return's copy, a W-2 never sent, other taxes, deductions, a form's lines
    'does connecticut tax social security benefits',
    'how do i get a copy of my ct tax return from 2019',
    'my employer never sent me a w-2, what do i do',
    'how do i get a refund of the conveyance tax after selling my house',
    'puedo deducir los gastos medicos en la planilla?',
    'como se calcula el impuesto sobre la venta de mi casa (ganancia de capital)?',
    'que pongo en la linea 12 del CT-1040?',
    'ct refund how long after efile',
    'How do I change my mailing address with DRS?',
    'How do I get a PIN to log into myconneCT?',
    'cual es la diferencia entre ingreso bruto e ingreso tributable?',
    'me dijeron que tengo plata en propiedad no reclamada del estado, como la reclamo?',
    'mi patron me paga cash, es legal que no me descuente taxes?',
    '¿Cuáles son las tasas del impuesto sobre la renta de Connecticut este año?',
    'Si vivo en Connecticut y trabajo en Nueva York, ¿en qué estado tengo que declarar?',
    '¿Connecticut cobra impuesto sobre la herencia cuando uno hereda una casa?',
    "What's the filing deadline for a 2025 Connecticut income tax return?",
    'How is the Connecticut pass-through entity tax calculated?',
    'How do I apply for a Connecticut sales and use tax permit for a new store?',
    'Saqué un préstamo PPP por el covid pa mi negocio, ¿tengo que reportarlo en los taxes del estado?',
    'Buenas tardes, disculpe. ¿Cuánto cobra normalmente un preparador por hacer los taxes?',
    'Is the interest I earned on my savings account taxable in Connecticut?',
    'cuando me llega el rembolso del state de este año? ya lo file en febrero y nada',
  ])('%j gets the plain fallback, not an entry that shares its words', (question) => {
    expect(isOutsideCollections(question)).toBe(true);
    const result = projectKnowledge.search(question);
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.elsewhere).toBeFalsy();
  });

  it.each([
    'what is the interest rate on unpaid CT tax',
    "what's the late payment penalty rate",
    'where is my refund? DRS said it was applied to my balance',
    'how long until my refund shows up after the offset',
    'when is my CT return due if the 15th is a Sunday',
    'is there a deadline to file an injured spouse claim',
    'what is the due date to file a protest',
    'donde esta mi reembolso, me dijeron que lo compensaron',
    // Limits the sources do give: three years to claim a refund; a debt that "goes away" once offset or paid.
    'what is the statute of limitations on claiming a refund',
    '¿hay prescripción para pedir devolución de impuestos de Connecticut?',
    'does my debt go away if they take my refund',
    // What a bounced plan payment does to the plan is answered.
    'my check for the plan bounced, what happens now?',
    // A deduction from a paycheck is a garnishment; deductions that do not match are an audit.
    'my pay stub shows a deduction that says state of ct tax execution',
    'el estado dice que mis deducciones no cuadran con la informacion que ellos tienen y volvio a calcular todo',
    'does ct tax my debt keep growing',
    // Paying without an account, and DRS's own lien on a condo, are answered.
    'do I need a myconneCT login to make a payment',
    'CAN DRS PUT A LIEN ON MY CONDO',
    'did the pandemic program postpone my filing deadline',
    'quiero refinanciar la casa pero el banco dice que hay un lien del estado',
    'is the interest DRS charges taxable',
  ])('%j is collection, penalties, interest or a deadline: still answered', (question) => {
    expect(isOutsideCollections(question)).toBe(false);
  });

  it.each([
    'me quieren embargar el sueldo por una deuda de tarjeta de credito',
    'el unemployment de CT no me ha pagado, a quien llamo?',
    'the hospital sent my medical bills to collections, can they put a lien on my house',
    'me llego un bill del pueblo por el impuesto del carro',
    // The interest a bank pays is not DRS's interest.
    'what is the best interest rate on a savings account',
    'que cuenta de ahorros paga mas intereses',
    // A refund taken for a private debt is no tax office's offset.
    'me pueden quitar el refund federal por una deuda de tarjeta de credito?',
    'can they take my refund for a credit card debt',
    'mi tarjeta de credito me quiere embargar el sueldo, q hago',
    // A town's tax sale; an association's lien on a condo.
    'me llego una carta del pueblo que dice que van a subastar mi casa por taxes de propiedad, cuando es la subasta?',
    'la asociacion del condominio me puso un gravamen por cuotas atrasadas, que hago?',
    'El Labor me está cobrando un sobrepago de desempleo, ¿puedo hacer un plan de pagos con ellos?',
    // A lender's own lien
    'El banco le puso un gravamen a mi carro porque me atrasé con el préstamo, ¿cómo lo quito?',
    'the bank put a lien on my car',
  ])(
    '%j is for another creditor or office',
    (question) => {
      expect(isAboutAnotherTaxOffice(question)).toBe(true);
    },
  );
});

describe('a question told as a story', () => {
  it.each([
    [
      'We moved here from Puerto Rico three years ago and my English is not so good, my son is helping me type this. A paper came from Hartford revenue with a lot of numbers and my name. How do I know it is a real letter and not a trick?',
      'legitimate-notice-or-scam',
    ],
    [
      'My husband always did our taxes and he passed away in the spring. Now I am going through his papers and there is a letter from the state that says we owe money. I have no idea why. What are the reasons a letter like that gets sent?',
      'why-balance-due-notice',
    ],
  ])('%j is answered: the story is context no entry explains word for word', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });

  it('a story no entry fits as a whole is answered by the question it ends with, when the story came near that answer', () => {
    const story = 'The letter says I owe for 2021, but my cancelled check is sitting right here on the table. My cousin says let it go. How do I fight this?';
    expect(questionAskedLast(story)).toBe('How do I fight this?');
    expect(topOf(projectKnowledge.search(story))).toBe('dispute-balance-due');
  });

  it('reads two questions in a row, or one sentence, together: a follow-up ("and is that taxed?") is not asked alone', () => {
    expect(questionAskedLast('cuando sale el cheque de estimulo de Connecticut? y hay que pagar taxes sobre eso?')).toBeUndefined();
    expect(questionAskedLast('How do I fight this?')).toBeUndefined();
    expect(questionAskedLast('I owe for 2021. My cousin says let it go.')).toBeUndefined();
    expect(topOf(projectKnowledge.search('cuando sale el cheque de estimulo de Connecticut? y hay que pagar taxes sobre eso?'))).toBe('none');
  });

  it('a short question needs the full confidence: a long one only the long-question threshold', () => {
    expect(defaultTuning.longQuestion.answerThreshold).toBeLessThan(defaultTuning.answerThreshold);
    expect(defaultTuning.longQuestion.tokens).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['is this letter from DRS real or a trick', 'legitimate-notice-or-scam'],
    // "Payed" is paid; another state named as where one travels is not its tax office.
    ['I payed DRS everything and they still took my federal refund', 'offset-after-paid-in-full'],
    ['My elderly father missed his August and September installment payments to DRS. What could happen to him now?', 'payment-plan-default'],
    // A formal register: "the Department", "take possession of my automobile", "will be applied", "open to", "what conditions".
    ['Would the Department be permitted to take possession of my automobile to satisfy a state tax balance?', 'asset-seizure'],
    ['I am current on my payment arrangement with the Department. Will my Connecticut refund be applied against the remaining balance?', 'offset-payment-plan'],
    ['Is the Priority One programme open to individual taxpayers, and what conditions must one meet?', 'priority-one-eligibility'],
    // What a lender looks at when one refinances is the credit report.
    ['We want to refinance the house this spring but I still owe the state about $3,000 from 2021. Could that hurt the mortgage application?', 'credit-report-and-legal'],
    // Tax recalculated from what the IRS reported is DRS's audit, not the IRS's matter.
    ['My letter says my tax was recalculated using information reported by my employer and the IRS. Why?', 'audit-data-matching'],
    ['My deadline to protest falls on Christmas and I will be visiting family in Maine that week. Does the deadline move?', 'deadline-weekend-holiday'],
    // Of two near-equal entries, the one using every word of the question is answered, not asked about.
    ['theyre garnishing my check but my federal refund already paid off the state debt do i send them something', 'offset-garnishment-fms-letter'],
    ['my boss says the state told payroll to take money from my check', 'wage-garnishment'],
  ])('%j → %s', (question, id) => {
    expect(topOf(projectKnowledge.search(question))).toBe(id);
  });
});

describe('the scope checks and the knowledge\'s own questions', () => {
  const ownQuestions = [...projectEntries, ...projectSpanishEntries].flatMap((entry) => entry.questions);
  const sentAway = ownQuestions.filter((question) => isAboutAnotherTaxOffice(question) || isOutsideCollections(question));

  it('sends almost none of the entries\' own sample questions elsewhere (they are in scope by definition)', () => {
    expect(ownQuestions.length).toBeGreaterThan(8000);
    expect(sentAway.length).toBeLessThanOrEqual(ownQuestions.length / 1000);
  });

  it.each([
    'can I get a payment plan for my Massachusetts state taxes',
    'NY State tax dept sent me a tax warrant from when I lived in Yonkers, how do I set up an installment agreement with them',
    'I still owe New York State taxes. can NY garnish my wages here in CT?',
    'My car tax bill from the City of Hartford is overdue. Can the town give me a payment plan?',
    'HOA lien for unpaid condo fees, can they foreclose',
    'penalty for early withdrawal from my 401k',
    'a contractor put a mechanics lien on my house',
    'el pueblo de new haven me cobra el tax del carro, a quien le pago?',
    'el condominio puso un lien por las cuotas del HOA atrasadas',
  ])('%j is for another office or creditor', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(true);
  });

  it.each([
    'How is the federal government allowed to collect Connecticut\'s taxes?',
    'town tax forwarded to state',
    'could a business or property tax thing be why I got a notice',
    'i moved to florida, can connecticut still collect what i owe',
    'declare en el federal pero no en conneticut, por eso me mandaron el aviso?',
  ])('%j is still Connecticut\'s', (question) => {
    expect(isAboutAnotherTaxOffice(question)).toBe(false);
  });
});

describe('disputing an amount or a debt, however it is said', () => {
  it.each(['the offset amount is way too high', 'they took it from someone with the same name as me', 'the refund was taken by mistake', 'i dont even owe that agency'])(
    '%j reads as a dispute',
    (question) => {
      expect(tokenize(question)).toContain(tokenize('dispute')[0]);
    },
  );
});

describe('the ways a taxpayer tells of a refund taken, a plan asked for, or paying while disputing', () => {
  it.each([
    ['what does the letter say when my refund gets taken', 'what does the letter say when my refund is offset'],
    ['who do I write to for a payment arrangment', 'who do I write to for a payment plan'],
    ['can I pay the bill and still dispute it', 'can I pay the bill under protest and dispute it'],
    ['how do I head off the federal offset', 'how do I avoid the federal offset'],
    ['can I set up a plan on the website', 'can I set up a payment plan on the website'],
    ["what's the shortest installment term DRS offers", 'how long is a payment plan'],
    ['will they still grab my irs refund', 'will they still offset my irs refund'],
    ['they stole my refund', 'they offset my refund'],
    // The words of accountants and lawyers
    ['Is a DRS levy on a depository account limited to the liability?', 'is a DRS levy on a bank account limited to the debt'],
    ['What methods of remittance does DRS accept?', 'What methods of payment does DRS accept?'],
    ['protest a deficiency assessment', 'protest a notice'],
    ['failure to address a balance due notice', 'ignore a balance due notice'],
    ['an offset of a jointly filed refund', 'an offset of a joint filed refund'],
    // How the taxpayer feels says nothing of the topic
    ["I'm mortified and honestly terrified, can they garnish my wages", 'can they garnish my wages'],
    // Courtesy and one's age say nothing of the topic
    ['Good afternoon. I am 74 years old. Could you kindly explain, in simple terms, what a lien is? I would be most grateful.', 'what a lien is'],
    ['Pardon me for asking, but how on earth can they take my refund', 'how can they take my refund'],
    ["the state's 'you owe' letter", "the state's balance due notice"],
    ['why does drs keep writing to me', 'why has drs sent me a notice'],
    ['suppose the IRS sends my refund to Connecticut', 'the IRS took my federal refund'],
    ['the 60th day after the notice', '60 days after the notice'],
    ['my fed refund still got took', 'my federal refund was taken'],
    ["I'm two months behind on the monthly amount I agreed to pay the state", 'I missed a payment to the state'],
    ['heard drs had some covid thing for ppl who owe taxes, wat was it', 'heard drs had some covid thing for who owe taxes, it was'],
    ['is priority one still active', 'is priority one still around'],
    ['is my payment plan still active', 'is my payment plan still active'],
  ])('%j reads as %j', (said, same) => {
    expect(new Set(tokenize(said))).toEqual(new Set(tokenize(same)));
  });

  it('reads what was taken out of a refund as offset, and what was taken beyond the debt as an overpayment', () => {
    expect(tokenize('they took $500 out of my federal refund')).toContain(tokenize('offset')[0]);
    expect(tokenize('when do I get back the extra they grabbed')).toContain(tokenize('overpayment')[0]);
  });

  it('reads too much taken from a refund as an offset amount to dispute', () => {
    expect(tokenize('they took way too much from my refund')).toEqual(expect.arrayContaining(tokenize('dispute the offset amount of my refund')));
  });

  it('answers a refund the IRS kept for a Connecticut debt with the Treasury Offset Program', () => {
    const result = projectKnowledge.search('Why did the IRS keep my refund? I owe Connecticut, not the IRS');
    expect(result.kind === 'answer' && result.best.entry.id).toBe('treasury-offset-program');
  });

  it('reads a refund "being taken" as offset', () => {
    expect(tokenize('I called the IRS about my refund being taken for Connecticut')).toContain(tokenize('offset')[0]);
  });

  it('reads a penalty "dropped" as waived', () => {
    expect(tokenize('My penalty is $6,500. Can I ask to have it dropped?')).toContain(tokenize('waiver')[0]);
    expect(tokenize('can they knock off the late penalty')).toContain(tokenize('waiver')[0]);
  });

  it('reads someone dealing with DRS about a notice for the taxpayer as a power of attorney', () => {
    expect(tokenize('can my son deal with DRS about this notice for me')).toContain(tokenize('power of attorney')[0]);
  });

  it('leaves out a program the question sets aside ("not the Priority One one")', () => {
    expect(tokenize("what's the general DRS email, not the Priority One one")).not.toContain(tokenize('priority one')[0]);
    expect(tokenize('is there a Priority One email')).toContain(tokenize('priority one')[0]);
  });

  it.each(['voy a pagar por el labor day, cuantos meses de interes me cuentan si vencia el 15 de abril?', 'The notice says I owe $1,140. If I send exactly that 30 days from now, will my federal refund be safe?', '¿A dónde mando el pago pa que no me cojan el reembolso federal? Tengo la carta con el cupón.'])(
    'keeps %j for Connecticut: a holiday, or a notice\'s debt beside a federal refund',
    (question) => {
      expect(isAboutAnotherTaxOffice(question)).toBe(false);
    },
  );

  it('ties a federal refund someone may "grab" to Connecticut, so a bankruptcy question is answered', () => {
    expect(isAboutAnotherTaxOffice('filed bankrupcy last month will they still grab my federal refund')).toBe(false);
    expect(topOf(projectKnowledge.search('filed bankrupcy last month will they still grab my federal refund'))).toBe('offset-bankruptcy');
  });

  it('answers a town tax the town sends to DRS, and still sends a town tax bill to the town', () => {
    expect(topOf(projectKnowledge.search('can an unpaid car tax from my town end up on my state DRS balance'))).toBe('why-balance-due-notice');
    expect(projectKnowledge.search('How do I pay my car tax bill from the town of Stamford?').kind).toBe('none');
  });
});

describe('asking what to do', () => {
  it.each(['I got a balance due notice, what do I do now?', 'what are my options after a bill from DRS', 'walk me through it', 'do I need to do anything about this letter'])(
    '%j asks how to respond',
    (question) => {
      expect(tokenize(question)).toContain(tokenize('respond')[0]);
    },
  );
});

describe('a waiver or a missed plan payment, in everyday words', () => {
  it.each([
    ['how do i get the interest off my bill', 'how do i waive the interest on my bill'],
    ['can they knock off the penalty', 'can they waive the penalty'],
    ['I have been on a plan for 6 months and just missed one', 'I have been on a plan for 6 months and missed a payment'],
    ['what breaks a drs payment plan', 'what defaults a drs payment plan'],
    ['I set up a plan and missed februarys payment', 'I set up a plan and missed a payment'],
  ])('%j reads as %j', (said, same) => {
    expect(new Set(tokenize(said))).toEqual(new Set(tokenize(same)));
  });
});

describe('who a program is for, and the pandemic by other names', () => {
  it.each([
    ['who is priority one meant for', 'who qualifies for priority one'],
    ['what are the criteria for priority one', 'who qualifies for priority one'],
    ['my business closed when the virus hit', 'my business closed when covid hit'],
    ['corona tax help', 'covid tax help'],
  ])('%j reads as %j', (said, same) => {
    expect(new Set(tokenize(said))).toEqual(new Set(tokenize(same)));
  });
});
