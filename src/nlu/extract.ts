import { Culture } from '@microsoft/recognizers-text-date-time';
import dayjs from 'dayjs';
import { recognizeNumber } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import type { NoticeKind, TaxType } from '../calc/index.js';
import type { Language } from '../lib/language.js';
import { recognizeEnglishDates } from './englishDates.js';
import { READ_LIMIT, readAround } from './readInWindows.js';
import { recognizeSpanishDates } from './spanishDates.js';
import { monthCount, slotWords } from './slotWords.js';
import { isArticle, isSpanishDatePiece, isSpanishNumberPiece, spanishValue, withPlainNumbers, withoutAccents } from './spanishReading.js';

/**
 * Reads amounts, dates, tax types and notice kinds out of what a taxpayer typed: amounts with the
 * number recognizers botbuilder-dialogs bundles, English dates with chrono-node. Relative dates
 * ("today", "next Friday") resolve against `today` (YYYY-MM-DD, the taxpayer's date in
 * Connecticut). In a Spanish conversation the Spanish date recognizer reads first ("15/4/2024" is
 * April 15) and the English reader fills in what it misses.
 */
export interface DateMention {
  date: string;
  /** Every day the words can mean ("June 1" without a year: one a year), nearest first. */
  candidates: readonly string[];
  start: number;
  end: number;
  /** The words just before the date. */
  before: string;
  /** The words just after it. */
  after: string;
}

/** Pieces a date can hang on: digits, months, weekdays and the words of relative dates. */
const DATE_PIECE =
  /^(?:\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tonight|tomorrow|yesterday|days?|weeks?|weekend|months?|years?)$/i;
/** Pieces an amount can hang on: digits and number words. */
const NUMBER_PIECE =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|grand)$/i;
type CurrencyModel = ReturnType<NumberWithUnitRecognizer['getCurrencyModel']>;
/** Built once, on first use (about 0.1 s each): building a currency model costs more than using it. */
const currencyModels = new Map<Language, CurrencyModel>();
function currencyModel(language: Language): CurrencyModel {
  let model = currencyModels.get(language);
  if (!model) {
    const culture = language === 'es' ? Culture.Spanish : Culture.English;
    model = new NumberWithUnitRecognizer(culture).getCurrencyModel(culture);
    currencyModels.set(language, model);
  }
  return model;
}
/** The units the Spanish currency model gives dollars: "$", "dólares", "USD". */
const SPANISH_DOLLARS = new Set(['Dólar', 'Dólar estadounidense']);
const isDatePiece = (piece: string) => DATE_PIECE.test(piece);
const isNumberPiece = (piece: string) => NUMBER_PIECE.test(piece);
const isSpanishOrEnglishDatePiece = (piece: string) => isSpanishDatePiece(piece) || isDatePiece(piece);

/** Recognizers read the reference date's local fields; build one whose local date is `today`. */
const referenceDate = (today: string) => {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12);
};

/** The recognizers are slow (milliseconds), and one message is often read several times in a turn: keep the last answer. */
function rememberLast<T>(read: (text: string, today: string, language: Language) => T): (text: string, today: string, language?: Language) => T {
  let last: { text: string; today: string; language: Language; value: T } | undefined;
  return (text, today, language = 'en') => {
    if (last?.text !== text || last.today !== today || last.language !== language) last = { text, today, language, value: read(text, today, language) };
    return last.value;
  };
}

export const findDates = rememberLast(recognizeDates);

function recognizeDates(text: string, today: string, language: Language): DateMention[] {
  const reference = referenceDate(today);
  const found =
    language === 'es'
      ? readAround(text, isSpanishOrEnglishDatePiece, (part) => recognizeSpanishDates(part, reference))
      : recognizeEnglishDates(text.slice(0, READ_LIMIT), reference);
  return found.map((find) => {
    // "April 15" without a year can mean last year's or next year's: keep the nearest one ("el viernes que viene": the next).
    const ahead = language === 'es' && /^\s*(que viene|entrante)\b/i.test(text.slice(find.end + 1)) ? find.values.filter((value) => value > today) : [];
    const nearest = (ahead.length > 0 ? ahead : find.values).reduce((best, value) =>
      Math.abs(Date.parse(value) - Date.parse(today)) < Math.abs(Date.parse(best) - Date.parse(today)) ? value : best,
    );
    return { date: nearest, candidates: find.values, start: find.start, end: find.end, before: text.slice(Math.max(0, find.start - 30), find.start).toLowerCase(), after: text.slice(find.end + 1, find.end + 31).toLowerCase() };
  });
}

/** A dollar amount: "$2,000", "2,000 dollars", or a bare number that is not part of a date; in Spanish also "$2.000", "1.250,50", "mil quinientos". */
export const findAmount = rememberLast(recognizeAmount);

/** Digits, with thousands commas and cents: "2,000", "1250.50". */
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?![\d.,]*\d)`;
/** "$2,000", "2,000 dollars", "USD 500": dollars in figures, which need no recognizer. */
const DOLLARS_IN_FIGURES = new RegExp(String.raw`\$\s?${FIGURE}|\busd\s?${FIGURE}|(?<![\d.,])${FIGURE}\s?(?:dollars?|bucks|usd)\b`, 'i');
/** What only the recognizers read well: number words, "2k", "$2.5 million", cents. */
const NEEDS_RECOGNIZER = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|grand|cents?|k)\b|\d\s?k\b/i;

/** The first amount in dollars written in figures, when nothing in the message needs the recognizers. */
function dollarsInFigures(text: string): number | undefined {
  const read = text.slice(0, READ_LIMIT);
  if (NEEDS_RECOGNIZER.test(read)) return undefined;
  const match = DOLLARS_IN_FIGURES.exec(read);
  if (!match) return undefined;
  const [whole, cents] = [match[1] ?? match[3] ?? match[5], match[2] ?? match[4] ?? match[6]];
  return whole === undefined ? undefined : Number(`${whole.replaceAll(',', '')}.${(cents ?? '0').padEnd(2, '0')}`);
}

/**
 * Numbers that are never an amount: a program's name ("Priority One"), a length of time ("60-day",
 * "6 months"), a form, notice, chapter or phone number. Blanked to spaces, so positions still match.
 */
const NOT_AN_AMOUNT = new RegExp(
  [
    String.raw`\bprior\w*[ -]?(one|1|won|uno)\b`,
    String.raw`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|treinta|sesenta|noventa)[ -](days?|weeks?|months?|years?|dias?|días?|semanas?|mes|meses|años?|anos?)\b`,
    String.raw`\b(forms?|formulario|chapter|cap[ií]tulo|schedule)\s?#?\s?[a-z]{0,3}-?\d+[a-z]?\b|\br-?\s?859\b|\b8379\b|\bct-?\s?\d{3,4}[a-z]?\b|\bdrs-?pw\b|§\s?[\d-]+`,
    String.raw`\b1?-?\d{3}[-. ]\d{3}[-. ]\d{4}\b`,
    // The $50 minimum penalty is a rule, not the tax owed
    String.raw`\$\s?50(?:\.00)?\s?(?:minimum|m[ií]nim[oa])\b|\b(?:minimum|m[ií]nim[oa]|at least|por lo menos|al menos)(?: penalty| multa| charge)?(?: is| es| of| de){0,2} \$?\s?50(?:\.00)?\b(?![.,]?\d)`,
    // A month's year: "in March 2025", "mayo del 2025"
    String.raw`(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)[a-z]*\.?,? (?:of |de |del )?)(?:19|20)\d{2}\b(?![.,]\d)`,
    // A tax year: "for 2020", "my 2019 return", "del 2021"
    String.raw`(?<=\b(?:for|in|of|year|since|from|during|until|before|after|my|our|the|de|del|en|ano|año|mi) )(?:19|20)\d{2}\b(?![.,]\d)`,
  ].join('|'),
  'gi',
);

const withoutNonAmounts = (text: string): string => text.replace(NOT_AN_AMOUNT, (said) => ' '.repeat(said.length));

function recognizeAmount(said: string, today: string, language: Language): number | undefined {
  if (language === 'es') return recognizeSpanishAmount(said, today);
  const text = withoutNonAmounts(said);
  const inFigures = dollarsInFigures(text);
  if (inFigures !== undefined) return inFigures;
  const currency = readAround(text, isNumberPiece, (part) => currencyModel('en').parse(part)).find((result) => (result.resolution as { unit?: string } | undefined)?.unit === 'Dollar');
  const fromCurrency = Number((currency?.resolution as { value?: string } | undefined)?.value);
  if (currency && Number.isFinite(fromCurrency)) return fromCurrency;
  const dates = findDates(said, today);
  const inDate = (start: number) => dates.some((date) => start >= date.start && start <= date.end);
  const number = readAround(text, isNumberPiece, (part) => recognizeNumber(part, Culture.English)).find((result) => !inDate(result.start) && !/%|percent/.test(text.slice(result.end + 1, result.end + 9)));
  const value = Number((number?.resolution as { value?: string } | undefined)?.value);
  return number && Number.isFinite(value) ? value : undefined;
}

const resolvedValue = (result: { resolution?: unknown } | undefined) => spanishValue((result?.resolution as { value?: unknown } | undefined)?.value);

function recognizeSpanishAmount(text: string, today: string): number | undefined {
  const read = withPlainNumbers(withoutNonAmounts(text));
  const currency = readAround(read, isSpanishNumberPiece, (part) => currencyModel('es').parse(part)).find(
    (result) => SPANISH_DOLLARS.has(String((result.resolution as { unit?: unknown } | undefined)?.unit)) && resolvedValue(result) !== undefined,
  );
  if (currency) return resolvedValue(currency);
  const dates = findDates(text, today, 'es');
  const inDate = (start: number) => dates.some((date) => start >= date.start && start <= date.end);
  const number = readAround(read, isSpanishNumberPiece, (part) => recognizeNumber(part, Culture.Spanish)).find(
    (result) => !inDate(result.start) && !isArticle(result.text) && !/%|por ?ciento|percent/i.test(read.slice(result.end + 1, result.end + 12)) && resolvedValue(result) !== undefined,
  );
  return resolvedValue(number);
}

/** A whole number said on its own, as a plan length: "6", "seis", "doce meses". */
export function findWholeNumber(text: string, language: Language): number | undefined {
  const culture = language === 'es' ? Culture.Spanish : Culture.English;
  const read = language === 'es' ? withPlainNumbers(text) : text;
  const number = readAround(read, language === 'es' ? isSpanishNumberPiece : isNumberPiece, (part) => recognizeNumber(part, culture)).find((result) => !isArticle(result.text));
  const value = language === 'es' ? resolvedValue(number) : Number((number?.resolution as { value?: string } | undefined)?.value);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

export function findTaxType(text: string, language: Language = 'en'): TaxType | undefined {
  const words = slotWords[language];
  const said = words.prepare(text);
  return words.taxTypes.find(([, pattern]) => pattern.test(said))?.[0];
}

export function findNoticeKind(text: string, language: Language = 'en'): NoticeKind | undefined {
  const words = slotWords[language];
  const said = words.prepare(text);
  return words.noticeKinds.find(([, pattern]) => pattern.test(said))?.[0];
}

export interface BalanceSlots {
  tax?: number;
  taxType?: TaxType;
  dueDate?: string;
  paymentDate?: string;
  /** What the question asked for, when it named only interest or only the penalty. */
  asks?: 'interest' | 'penalty';
  /** How many months late the payment is ("paid 6 months late"), when no payment date is given. */
  monthsLate?: number;
  /** The message asked the penalty's amount ("how much is the penalty on $350?"). */
  penaltyAsked?: true;
  /** The taxpayer says DRS already waived the penalty ("DRS waived my penalty", "me perdonaron la multa"). */
  penaltyWaived?: true;
  /** With an extension, part paid by the due date ("paid $3,600 of $4,000 by April 15, the rest October 15"); `tax` is then the rest. */
  extension?: { total: number; paidOnTime: number };
}

/** How late a payment is, as said: "6 months late" is 6 months, "un día tarde" 1 day, with any part beyond. */
interface Lateness {
  count: number;
  unit: string;
  partOfAMonthMore: boolean;
}

function findLateness(text: string, language: Language): Lateness[] {
  const words = slotWords[language];
  const readings = [...words.monthsLate.map((pattern) => [pattern, words.prepare(text)] as const), ...(language === 'es' ? slotWords.en.monthsLate.map((pattern) => [pattern, text.toLowerCase()] as const) : [])];
  return readings.flatMap(([pattern, said]) => {
    const late = pattern.exec(said)?.groups;
    return late?.count ? [{ count: monthCount(late.count), unit: late.unit ?? 'months', partOfAMonthMore: late.more !== undefined }] : [];
  });
}

/** How late a payment is, in months ("6 months late", "seis meses de atraso"); undefined when not said. */
export function findMonthsLate(text: string, language: Language = 'en'): number | undefined {
  for (const late of findLateness(text, language)) {
    const months = monthsOf(late.count, late.unit, late.partOfAMonthMore);
    if (months !== undefined) return months;
  }
  return undefined;
}

/** A penalty already waived, said as done (not asked for): "DRS waived my penalty", "me perdonaron la multa". */
const PENALTY_WAIVED =
  /\b(waived|removed|forgave|abated|dropped|took off)( my| the| our)?( late[- ]payment)? penalt(y|ies)\b|\bpenalt(y|ies) (was|were|has been|have been|got) (waived|removed|forgiven|abated|dropped)\b|\b(me|nos) (perdonaron|quitaron|eliminaron|condonaron) (la|mi|las|mis) multas?\b|\bmultas? (ya )?(fue|fueron )?(perdonadas?|condonadas?|eliminadas?)\b/;

/** A payment made, in either language. */
const PAID = /\b(paid|pay|paying|pague|pago|pagamos|pagando|pagado)\b/;

/** "Paid a day late, on April 16, 2025": the due date is that long before the payment. */
function dueBefore(paymentDate: string, text: string, language: Language): string | undefined {
  const late = findLateness(text, language)[0];
  if (!late || late.partOfAMonthMore || !Number.isInteger(late.count) || late.count <= 0) return undefined;
  const unit = /^(days?|dias?)$/.test(late.unit) ? 'day' : /^(weeks?|semanas?)$/.test(late.unit) ? 'week' : /^(years?|anos?)$/.test(late.unit) ? 'year' : 'month';
  return dayjs(paymentDate).subtract(late.count, unit).format('YYYY-MM-DD');
}

/** Interest months for a delay: a part of a month counts as a whole one; days or weeks within 28 days are one month (longer, it depends on the dates). */
function monthsOf(count: number, unit: string, partOfAMonthMore: boolean): number | undefined {
  if (!Number.isInteger(count) || count <= 0) return undefined;
  if (/^(days?|dias?)$/.test(unit)) return count <= 28 ? 1 : undefined;
  if (/^(weeks?|semanas?)$/.test(unit)) return count <= 4 && !partOfAMonthMore ? 1 : undefined;
  return count * (/^(years?|anos?)$/.test(unit) ? 12 : 1) + (partOfAMonthMore ? 1 : 0);
}

/**
 * Not a late-payment penalty to work out: its waiver, review or approval ("who approves a waiver
 * over $5,000"), or filing late with no tax due (a different, flat penalty).
 */
const NOT_A_PENALTY_TO_WORK_OUT =
  /\b(file|filed|filing|presento|presente|presentar|declarar|declaro|declare)( (the|my) return| (la|mi) declaracion)? (late|tarde)\b|\bno (tax|taxes) (is |was )?(due|owed)\b|\bowe (nothing|\$\s?0\b)|\b(no debo nada|sin deber)\b|\b(waive\w*|waiver|remov\w*|forgiv\w*|abat\w*|relief|approv\w*|committee|decid\w*|reduc\w*|perdon\w*|exoner\w*|quit(ar|en|e|an|ármela|armela)\w*|aprueb\w*|aprob\w*|comite|condon\w*)\b/i;

/** A penalty's own amount said ("the $50 penalty", "my penalty is $7,000"): worked out only beside another amount, the tax ("I owe $200, is the penalty $50?"). */
const PENALTY_STATED =
  /\$\s?\d[\d,.]*\s+(late[- ](payment\s+)?)?(penalt(y|ies)|multas?|penalidad)\b|\b(penalt(y|ies)|multas?|penalidad(es)?)\s+(is|was|of|are|es|era|fue|de)\s+(de\s+)?(about |around |like |como |unos? |mas de |más de |more than |over )?\$?\s?\d(?![\d.,]*\s?(minimum|minimo|mínimo))/i;

/** "How much is the penalty on $350?", "¿de cuánto es la multa?": the penalty's amount, which needs no dates. */
export function asksPenaltyAmount(text: string, language: Language = 'en'): boolean {
  const words = slotWords[language];
  const asked = words.penaltyAsked.test(words.prepare(text)) || (language === 'es' && slotWords.en.penaltyAsked.test(text.toLowerCase()));
  return asked && !NOT_A_PENALTY_TO_WORK_OUT.test(text.replace(WAIVER_ASKED_AFTER, '')) && !(PENALTY_STATED.test(text) && dollarFigures(text).length < 2);
}

/**
 * "…how much is the penalty, and who would need to approve waiving it?": a second question, on who
 * approves a waiver, after the penalty's (the result names the Penalty Review Committee when the
 * penalty is over its threshold).
 */
const WAIVER_ASKED_AFTER = /,? and (who|whom) [^.?!]*\b(approv\w*|committee|sign\w* off)\b[^.?!]*[.?!]?\s*$/i;

/** "How much interest…" leads with the interest; "what's the penalty…" with the penalty; otherwise the total. */
function askedFigure(text: string, language: Language): BalanceSlots['asks'] {
  const words = slotWords[language];
  const said = words.prepare(text);
  const interest = words.interest.test(said);
  const penalty = words.penalty.test(said);
  const total = words.total.test(said);
  if (total || interest === penalty) return undefined;
  return interest ? 'interest' : 'penalty';
}

/** Everything "What will I owe?" needs that the message already says. */
export function extractBalanceSlots(text: string, today: string, language: Language = 'en'): BalanceSlots {
  const words = slotWords[language];
  const slots: BalanceSlots = {};
  const asks = askedFigure(text, language);
  if (asks) slots.asks = asks;
  if (asksPenaltyAmount(text, language)) slots.penaltyAsked = true;
  // A penalty said to be waived is not the figure asked for: the total leads.
  if (PENALTY_WAIVED.test(withoutAccents(text.toLowerCase()))) {
    slots.penaltyWaived = true;
    if (slots.asks === 'penalty') delete slots.asks;
  }
  const amount = findAmount(text, today, language);
  if (amount !== undefined) slots.tax = amount;
  const taxType = findTaxType(text, language);
  if (taxType) slots.taxType = taxType;
  const unassigned: DateMention[] = [];
  let due: DateMention | undefined;
  let payment: DateMention | undefined;
  for (const mention of findDates(text, today, language)) {
    const before = words.prepare(mention.before);
    // "by the April 15, 2025 due date": named as the due date just after it.
    if (!due && words.dueAfter.test(words.prepare(mention.after))) due = mention;
    else if (!due && words.due.test(before) && !words.pay.test(before.split(words.dueWord).pop() ?? '')) due = mention;
    else if (!payment && words.pay.test(before)) payment = mention;
    else unassigned.push(mention);
  }
  // One date beside "paid … a day late" is the payment's: the lateness gives the due date.
  const paidLate = unassigned.length === 1 && !due && !payment && findLateness(text, language).length > 0 && PAID.test(words.prepare(text));
  for (const mention of unassigned.sort((a, b) => a.date.localeCompare(b.date))) {
    if (!due && !paidLate) due = mention;
    else if (!payment) payment = mention;
  }
  if (due && payment && isYearless(payment) && !isYearless(due)) {
    slots.dueDate = due.date;
    slots.paymentDate = nearDate(payment, due.date, 'after');
  } else if (due && payment && isYearless(due)) {
    // With no year to either ("due April 30, paid June 25"), the due date is the one before the payment.
    slots.dueDate = nearDate(due, payment.date, 'before');
    slots.paymentDate = payment.date;
  } else {
    if (due) slots.dueDate = due.date;
    if (payment) slots.paymentDate = payment.date;
  }
  const monthsLate = slots.paymentDate ? undefined : findMonthsLate(text, language);
  if (monthsLate !== undefined) slots.monthsLate = monthsLate;
  const dueFromLateness = slots.paymentDate && !slots.dueDate ? dueBefore(slots.paymentDate, text, language) : undefined;
  if (dueFromLateness) slots.dueDate = dueFromLateness;
  return withExtension(slots, text, today, language);
}

/** Extension words: the return's due date was extended. */
const EXTENSION_WORDS = { en: /\b(extension|extended (due date|deadline))\b/i, es: /\b(prorroga|extension|fecha extendida)\b/ } as const;

/** Dollar amounts in figures ("$3,600", "$4.000" in Spanish), in order. */
const DOLLAR_FIGURE = /\$\s?(\d{1,3}(?:[,.]\d{3})+|\d+)(?:[.,](\d{2}))?(?!\d)/g;
/** Also thousands written without "$" ("owed 10,000, paid 9,200"). */
const DOLLAR_OR_THOUSANDS_FIGURE = /(?:\$\s?|(?<![\d.,$])(?=\d{1,3}[,.]\d{3}(?![\d])))(\d{1,3}(?:[,.]\d{3})+|\d+)(?:[.,](\d{2}))?(?!\d)/g;

function dollarFigures(text: string, pattern = DOLLAR_FIGURE): number[] {
  const figures = [...withoutNonAmounts(text).matchAll(pattern)];
  return figures.map((figure) => Number(`${(figure[1] ?? '0').replace(/[,.]/g, '')}.${figure[2] ?? '00'}`)).filter((amount) => amount > 0);
}

/**
 * "I had an extension, paid $3,600 of my $4,000 by April 15 and the last $400 on October 15": the
 * total is the largest amount, the part paid on time the other (or what the rest leaves); only
 * the rest was paid late, from the earliest date (the due date) to the latest.
 */
function withExtension(slots: BalanceSlots, text: string, today: string, language: Language): BalanceSlots {
  if (!EXTENSION_WORDS[language].test(slotWords[language].prepare(text))) return slots;
  const amounts = [...new Set(dollarFigures(text, DOLLAR_OR_THOUSANDS_FIGURE))];
  const dates = findDates(text, today, language);
  if (amounts.length < 2 || amounts.length > 3 || dates.length < 2) return slots;
  const total = Math.max(...amounts);
  const parts = amounts.filter((amount) => amount !== total);
  const paidOnTime = parts.find((part) => parts.some((other) => Math.abs(part + other - total) < 0.005 && part >= other)) ?? (parts.length === 1 && (parts[0] ?? 0) >= total / 2 ? parts[0] : undefined) ?? total - (parts[0] ?? 0);
  const [first, ...later] = [...dates].sort((a, b) => a.date.localeCompare(b.date));
  const last = later.at(-1);
  if (!first || !last || isYearless(first)) return slots;
  const { monthsLate: _unused, ...rest } = slots;
  return { ...rest, tax: Math.round((total - paidOnTime) * 100) / 100, dueDate: first.date, paymentDate: isYearless(last) ? nearDate(last, first.date, 'after') : last.date, extension: { total, paidOnTime } };
}

/** A date said without its year ("June 1", "the 15th"): it can mean more than one day. */
export const isYearless = (mention: DateMention): boolean => mention.candidates.length > 1;

/**
 * A date said without its year, read beside a date that has one: a payment ("paid June 1") is the
 * first such day on or after the due date, a due date the last on or before the payment, not the
 * one nearest today.
 */
export function nearDate(mention: DateMention, anchor: string, side: 'after' | 'before'): string {
  const monthDay = mention.date.slice(5);
  if (!mention.candidates.every((candidate) => candidate.slice(5) === monthDay)) {
    const sorted = [...mention.candidates].sort();
    return (side === 'after' ? sorted.find((candidate) => candidate >= anchor) : sorted.reverse().find((candidate) => candidate <= anchor)) ?? mention.date;
  }
  const anchorYear = Number(anchor.slice(0, 4));
  const inAnchorYear = `${anchorYear}-${monthDay}`;
  const year = side === 'after' ? anchorYear + (inAnchorYear >= anchor ? 0 : 1) : anchorYear - (inAnchorYear <= anchor ? 0 : 1);
  const day = `${year}-${monthDay}`;
  // February 29 exists only in leap years.
  return new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) === day ? day : mention.date;
}

export interface NoticeSlots {
  kind?: NoticeKind;
  noticeDate?: string;
}

export function extractNoticeSlots(text: string, today: string, language: Language = 'en'): NoticeSlots {
  const slots: NoticeSlots = {};
  const kind = findNoticeKind(text, language);
  if (kind) slots.kind = kind;
  const [first] = findDates(text, today, language);
  if (first) slots.noticeDate = first.date;
  return slots;
}

export interface PlanSlots {
  tax?: number;
  months?: number;
  firstPaymentDate?: string;
}

/** The plan length a message gives, and the message without it (so "6 months" is not read as an amount). */
function planLength(text: string, language: Language): { months?: number; rest: string } {
  const pattern = slotWords[language].months;
  // Without accents the text keeps its length: a match's place is its place in the text.
  const said = language === 'es' ? withoutAccents(text) : text;
  const found = [...said.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  const rest = found.reduceRight((kept, match) => `${kept.slice(0, match.index)} ${kept.slice(match.index + match[0].length)}`, text);
  const months = found[0]?.[1];
  return { ...(months ? { months: monthCount(months) } : {}), rest };
}

/** "a payment plan for $5,000 over 6 months starting December 1"; "un plan de $5,000 en 6 meses desde el 1 de diciembre" */
export function extractPlanSlots(text: string, today: string, language: Language = 'en'): PlanSlots {
  const slots: PlanSlots = {};
  const { months, rest: withoutMonths } = planLength(text, language);
  const amount = findAmount(withoutMonths, today, language);
  if (amount !== undefined) slots.tax = amount;
  if (months !== undefined) slots.months = months;
  const [first] = findDates(withoutMonths, today, language);
  if (first) slots.firstPaymentDate = first.date;
  return slots;
}

/**
 * What the English number recognizers build on first use (a few tenths of a second each), one step
 * at a time so a turn arriving meanwhile waits at most one step. Run once the server listens, so the
 * first taxpayer's amount does not pay for it (English dates are read by chrono-node, which needs none).
 * The Spanish ones (0.5–0.7 s each, and 20 MB) are built by the first Spanish amount, date or number.
 * The steps call the recognizers themselves, leaving a turn's remembered reading alone.
 */
export const recognizerWarmUpSteps: readonly (() => unknown)[] = [
  () => recognizeAmount('$1,250.50', '2024-01-01', 'en'),
  () => findWholeNumber('six', 'en'),
];
