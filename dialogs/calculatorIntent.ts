import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import { extractBalanceSlots, extractNoticeSlots } from '../src/nlu/extract.js';
import { DialogIds } from './dialogIds.js';

const OWED = /\b(what|how much) (will|would|do|did|am|should) i (owe|pay|be charged)\b|\bcalculat\w*\b|\bestimate (what|how much|my)\b|\bwhat will i owe\b/i;
const DEADLINE = /\b(when is|what is|find|calculate|figure out|work out) (my|the) (deadline|last day)\b|^\s*(my )?deadline( calculator)?\s*[?.!]*$|\bdeadline calculator\b/i;

const PLAN = /\b(payment plan|installment plan) (estimate|calculator)\b|\bmonthly payments? (be|would be|will be)\b|\bhow much (would|will) (my |each |the )?(monthly )?payments?\b|\bover \d{1,2} months\b/i;
const REFUND_WINDOW = /\brefund (claim )?(window|calculator)\b|\b(last day|deadline) to claim (a |my )?refund\b/i;

/** Only a message with a number or a date word can carry an amount or a date worth reading. */
const MAY_HOLD_FIGURES = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tomorrow|yesterday|next|last|this)\b/i;

/** A message that asks for a calculation starts a calculator; other questions go to the knowledge base. */
export function calculatorFor(text: string, clock: Clock): string | undefined {
  if (PLAN.test(text)) return DialogIds.planEstimate;
  if (REFUND_WINDOW.test(text)) return DialogIds.refundWindow;
  if (DEADLINE.test(text)) return DialogIds.noticeDeadline;
  if (!MAY_HOLD_FIGURES.test(text)) return OWED.test(text) ? DialogIds.owedEstimate : undefined;
  const today = connecticutDate(clock());
  const notice = extractNoticeSlots(text, today);
  if (notice.kind && notice.noticeDate && /\b(dated|date|got|received|came)\b/i.test(text)) return DialogIds.noticeDeadline;
  if (OWED.test(text)) return DialogIds.owedEstimate;
  const balance = extractBalanceSlots(text, today);
  if (balance.tax !== undefined && balance.dueDate) return DialogIds.owedEstimate;
  return undefined;
}
