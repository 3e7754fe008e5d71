import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { recognizeNumber } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import type { NoticeKind, TaxType } from '../calc/index.js';
import { readAround } from './readInWindows.js';

/**
 * Reads amounts, dates, tax types and notice kinds out of what a taxpayer typed, with the
 * recognizers botbuilder-dialogs bundles. Relative dates ("today", "next Friday") resolve against
 * `today` (YYYY-MM-DD, the taxpayer's date in Connecticut).
 */
export interface DateMention {
  date: string;
  start: number;
  end: number;
  /** The words just before the date. */
  before: string;
}

/** Pieces a date can hang on: digits, months, weekdays and the words of relative dates. */
const DATE_PIECE =
  /^(?:\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tonight|tomorrow|yesterday|days?|weeks?|weekend|months?|years?)$/i;
/** Pieces an amount can hang on: digits and number words. */
const NUMBER_PIECE =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|grand)$/i;
/** Built once: building the currency model costs more than using it. */
const currencyModel = new NumberWithUnitRecognizer(Culture.English).getCurrencyModel(Culture.English);
const isDatePiece = (piece: string) => DATE_PIECE.test(piece);
const isNumberPiece = (piece: string) => NUMBER_PIECE.test(piece);

/** Recognizers read the reference date's local fields; build one whose local date is `today`. */
const referenceDate = (today: string) => {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12);
};

/** The recognizers are slow (milliseconds), and one message is often read several times in a turn: keep the last answer. */
function rememberLast<T>(read: (text: string, today: string) => T): (text: string, today: string) => T {
  let last: { text: string; today: string; value: T } | undefined;
  return (text, today) => {
    if (last?.text !== text || last.today !== today) last = { text, today, value: read(text, today) };
    return last.value;
  };
}

export const findDates = rememberLast(recognizeDates);

function recognizeDates(text: string, today: string): DateMention[] {
  const mentions: DateMention[] = [];
  const reference = referenceDate(today);
  for (const result of readAround(text, isDatePiece, (part) => recognizeDateTime(part, Culture.English, undefined, reference))) {
    if (result.typeName !== 'datetimeV2.date') continue;
    const values = ((result.resolution as { values?: { value?: string }[] } | undefined)?.values ?? [])
      .map((value) => value.value)
      .filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
    if (values.length === 0) continue;
    // "April 15" without a year resolves to last and next occurrences: keep the nearest one.
    const nearest = values.reduce((best, value) => (Math.abs(Date.parse(value) - Date.parse(today)) < Math.abs(Date.parse(best) - Date.parse(today)) ? value : best));
    mentions.push({ date: nearest, start: result.start, end: result.end, before: text.slice(Math.max(0, result.start - 30), result.start).toLowerCase() });
  }
  return mentions;
}

/** A dollar amount: "$2,000", "2,000 dollars", or a bare number that is not part of a date. */
export const findAmount = rememberLast(recognizeAmount);

function recognizeAmount(text: string, today: string): number | undefined {
  const currency = readAround(text, isNumberPiece, (part) => currencyModel.parse(part)).find((result) => (result.resolution as { unit?: string } | undefined)?.unit === 'Dollar');
  const fromCurrency = Number((currency?.resolution as { value?: string } | undefined)?.value);
  if (currency && Number.isFinite(fromCurrency)) return fromCurrency;
  const dates = findDates(text, today);
  const inDate = (start: number) => dates.some((date) => start >= date.start && start <= date.end);
  const number = readAround(text, isNumberPiece, (part) => recognizeNumber(part, Culture.English)).find((result) => !inDate(result.start) && !/%|percent/.test(text.slice(result.end + 1, result.end + 9)));
  const value = Number((number?.resolution as { value?: string } | undefined)?.value);
  return number && Number.isFinite(value) ? value : undefined;
}

export function findTaxType(text: string): TaxType | undefined {
  const said = text.toLowerCase();
  if (/\b(sales|use tax|meals tax|business tax|my (store|shop|restaurant|business))\b/.test(said)) return 'business_sales_use';
  if (/\b(withholding|payroll|withheld from (my )?employees|employer)\b/.test(said)) return 'withholding';
  if (/\b(income|personal|individual|ct-1040|1040|state tax return)\b/.test(said)) return 'individual_income';
  return undefined;
}

export function findNoticeKind(text: string): NoticeKind | undefined {
  const said = text.toLowerCase();
  if (/\br[ -]?859\b|private collection|collection agency/.test(said)) return 'r859';
  if (/intent to offset|offset/.test(said)) return 'intent_to_offset';
  if (/balance[ -]due|assessment|protest|appeal|dispute|bill\b/.test(said)) return 'assessment';
  return undefined;
}

export interface BalanceSlots {
  tax?: number;
  taxType?: TaxType;
  dueDate?: string;
  paymentDate?: string;
  /** What the question asked for, when it named only interest or only the penalty. */
  asks?: 'interest' | 'penalty';
}

/** "How much interest…" leads with the interest; "what's the penalty…" with the penalty; otherwise the total. */
function askedFigure(text: string): BalanceSlots['asks'] {
  const interest = /\binterest\b/i.test(text);
  const penalty = /\bpenalt(y|ies)\b/i.test(text);
  const total = /\b(total|in all|altogether|all together|everything)\b/i.test(text);
  if (total || interest === penalty) return undefined;
  return interest ? 'interest' : 'penalty';
}

const DUE_WORDS = /\b(due|owed|deadline|was for|for tax year|filing date)\b[^.?!]*$/;
const PAY_WORDS = /\b(pay|paid|paying|payment|settle)\b[^.?!]*$/;

/** Everything "What will I owe?" needs that the message already says. */
export function extractBalanceSlots(text: string, today: string): BalanceSlots {
  const slots: BalanceSlots = {};
  const asks = askedFigure(text);
  if (asks) slots.asks = asks;
  const amount = findAmount(text, today);
  if (amount !== undefined) slots.tax = amount;
  const taxType = findTaxType(text);
  if (taxType) slots.taxType = taxType;
  const unassigned: DateMention[] = [];
  for (const mention of findDates(text, today)) {
    if (!slots.dueDate && DUE_WORDS.test(mention.before) && !PAY_WORDS.test(mention.before.split(/\bdue\b/).pop() ?? '')) slots.dueDate = mention.date;
    else if (!slots.paymentDate && PAY_WORDS.test(mention.before)) slots.paymentDate = mention.date;
    else unassigned.push(mention);
  }
  for (const mention of unassigned.sort((a, b) => a.date.localeCompare(b.date))) {
    if (!slots.dueDate) slots.dueDate = mention.date;
    else if (!slots.paymentDate) slots.paymentDate = mention.date;
  }
  return slots;
}

export interface NoticeSlots {
  kind?: NoticeKind;
  noticeDate?: string;
}

export function extractNoticeSlots(text: string, today: string): NoticeSlots {
  const slots: NoticeSlots = {};
  const kind = findNoticeKind(text);
  if (kind) slots.kind = kind;
  const [first] = findDates(text, today);
  if (first) slots.noticeDate = first.date;
  return slots;
}

export interface PlanSlots {
  tax?: number;
  months?: number;
  firstPaymentDate?: string;
}

/** "a payment plan for $5,000 over 6 months starting December 1" */
export function extractPlanSlots(text: string, today: string): PlanSlots {
  const slots: PlanSlots = {};
  const months = /\b(\d{1,2})[ -]?(months?|mos?)\b/i.exec(text)?.[1];
  const withoutMonths = text.replace(/\b\d{1,2}[ -]?(months?|mos?)\b/gi, ' ');
  const amount = findAmount(withoutMonths, today);
  if (amount !== undefined) slots.tax = amount;
  if (months) slots.months = Number(months);
  const [first] = findDates(withoutMonths, today);
  if (first) slots.firstPaymentDate = first.date;
  return slots;
}
