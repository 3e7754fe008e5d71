import type { Clock } from '../src/lib/clock.js';
import { connecticutDate } from '../src/lib/clock.js';
import type { Language } from '../src/lib/language.js';
import { asksPenaltyAmount, extractBalanceSlots, extractNoticeSlots, findAmount, findDates, findMonthsLate } from '../src/nlu/extract.js';
import { slotWords } from '../src/nlu/slotWords.js';
import { withoutAccents } from '../src/nlu/spanishReading.js';
import { DialogIds } from './dialogIds.js';

/** What asks for each calculator, in one language. */
interface CalculatorAsks {
  /** The message as the patterns read it. */
  prepare: (text: string) => string;
  owed: RegExp;
  deadline: RegExp;
  plan: RegExp;
  refundWindow: RegExp;
  /** A deadline to claim a refund asked in passing: a calculation only when the message gives the return's due date. */
  refundDeadline: RegExp;
  /** Only a message with a number or a date word can carry an amount or a date worth reading. */
  mayHoldFigures: RegExp;
}

const english: CalculatorAsks = {
  prepare: (text) => text,
  owed: /\b(what|how much) (will|would|do|did|am|should) i (owe|pay|be charged)\b|(?<!\b(never|not|they|drs|state|dept|department) )\bcalculat(e|or|ion|ing)\b|\bestimate (what|how much|my)\b|\bwhat will i owe\b/i,
  // "What is the deadline for filing a protest" asks the rule, which the answers give; "when is my deadline" asks the date.
  deadline: /\b(when is|what is|find|calculate|figure out|work out) (my|the) (deadline|last day)\b(?! (for|to) (fil\w*|submit\w*|send\w*|request\w*|ask\w*|appeal\w*|protest\w*)\b)|^\s*(my )?deadline( calculator)?\s*[?.!]*$|\bdeadline calculator\b/i,
  plan: /\b(payment plan|installment plan) (estimate|calculator)\b|\bmonthly payments? (be|would be|will be)\b|\bhow much (would|will) (my |each |the )?(monthly )?payments?\b|\bover \d{1,2} months\b/i,
  refundWindow: /\brefund (claim )?(window|calculator)\b|\b(last day|deadline) to claim (a |my )?refund\b/i,
  refundDeadline: /\b(last day|deadline|until when|until what (date|day)|what (date|day)|how long|by when|latest|when (can|could|must|should|do) (i|we))\b[^.?!]{0,30}\b(claim|file|ask for|request|send)\b[^.?!]{0,40}\b(refund|money back)|\brefund claim\b[^.?!]{0,30}\b(deadline|last day|due)\b|\b(never|didn'?t|did not|haven'?t|have not) (file|filed)\b[^?]{0,120}\b(get|claim) (back )?(the |my |our )?(extra|money|overpayment|refund|withholding)\b|\breturn\b[^.?!]{0,30}\bdue\b[^?]{0,120}\b(claim|get|ask for|request)\b[^.?!]{0,20}\b(refund|money back|extra back)|\b(claim|get|ask for|request)\b[^.?!]{0,20}\brefund\b[^?]{0,60}\breturn\b[^.?!]{0,20}\bdue\b|\breturn\b[^.?!]{0,30}\bdue\b[^?]{0,160}\b(cutoff|cut-off|deadline|last day)\b[^.?!]{0,20}\bclaim\b/i,
  mayHoldFigures: /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tomorrow|yesterday|next|last|this)\b/i,
};

/** Spanish, read in lower case without accents: "¿Cuánto debo…?" as "¿cuanto debo…?". */
const spanish: CalculatorAsks = {
  prepare: withoutAccents,
  owed:
    /(?<!\b(como|de donde|por que|porque|xq|pq) [^.?!]{0,30})\bcuanto (debo(?! (ofrecer|ofertar|proponer|esperar|tardar|ahorrar|mandar|enviar|dar)\b)|deberia|debere|voy a deber|tendria que pagar|tendre que pagar|tengo que pagar|voy a pagar|pagaria|pagare|me van a cobrar|me cobraran|me cobrarian)\b|\bque voy a deber\b|(?<!\b(como|el estado|el drs|ellos)( se| lo| los| la| las)? )\bcalcul(ar|e|eme|ame|a|o)\b|\bestim(ar|e|eme|ame)( lo que| cuanto| mi| mis)\b/,
  deadline:
    /\bcuando (vence|se vence|termina|acaba) (mi|el) (aviso|plazo|carta)\b|\b(cual es|calcular|saber|encontrar|calcule) (mi|la) (fecha limite|ultimo dia|fecha de vencimiento)\b|^\s*(mi )?fecha limite\s*[?.!]*$|\bcalculadora de (fecha limite|plazos?)\b/,
  plan: /\bcuanto (pagaria|pagare|tendria que pagar|tendre que pagar|tengo que pagar|voy a pagar) (al|cada|por) mes\b|\b(de )?cuanto (seria|serian|sera|seran) (mi |mis |el |los |la |las |cada )?(pagos?|cuotas?)( mensual(es)?| al mes| cada mes)?\b|\b(estimado|calculadora|calculo) (de |del |para )?(un |mi )?plan de pagos?\b|\b(en|durante) \d{1,2} meses\b/,
  refundWindow:
    /\bhasta cuando (puedo|tengo para|se puede) (reclamar|pedir|solicitar)\b.*\b(reembolso|refund)\b|\b(plazo|fecha limite|ultimo dia) (para|de) (reclamar|pedir|solicitar) (un |mi |el )?(reembolso|refund)\b|\bplazo para reclamar\b/,
  refundDeadline: /\b(hasta cuando|hasta (que|q) (fecha|dia)|que (fecha|dia)|ultimo dia|fecha limite|plazo|cuanto tiempo|cuando (puedo|tengo que|debo|hay que))\b[^.?!]{0,30}\b(reclam|ped|solicit|present|mand|envi)\w*\b[^.?!]{0,40}\b(reembolso|refund|devuelv\w*|devolucion|devolver\w*)\b|\bnunca (la |lo )?(present|mand|hic|declar)\w*\b[^?]{0,120}\b(devuelv|reembols|refund|recuper)\w*/,
  mayHoldFigures: /\d|\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|hoy|manana|ayer|proxim[oa]|pasado)\b/,
};

/** A payment plan named: its months are the plan's length, not months late. */
const NAMES_A_PLAN = /\b(payment plans?|installments?|monthly payments?|plan(es)? de pagos?|cuotas?|mensualidad(es)?)\b/i;

/** A figure asked for: what is owed, the total, the penalty or the interest (English, or Spanish without accents). */
const ASKS_A_FIGURE =
  /\b(how much|what (will|would|do|did|does|should) (i|we) (owe|pay|be charged)|what('?s| is| are| will be| would be) (the |my |our )?(total|balance|penalty|interest|amount|damage)|total|penalt(y|ies)|interest|cost|estimate|cuanto|cuanta|multas?|recargos?|interes(es)?)\b/;

/** How a charge is worked out, asked as a rule ("how is Connecticut calculating it", "how does DRS calculate interest"). */
const ASKS_HOW_IT_IS_WORKED_OUT = /\bhow (is|are|does|do|did|was|were)\b[^.?!]{0,40}\b(calculat\w*|comput\w*|figur\w*|work\w* out)\b/i;

/** Interest asked by the month ("how much interest each month", "¿cuánto interés al mes?"). */
const INTEREST_EACH_MONTH = /\binteres(t|es)?\b[^.?!]{0,40}\b(each|every|a|per|cada|al|por) (month|mes)\b|\bmonthly interest\b|\binteres(es)? mensual(es)?\b/;

/** Another question asked ("where do I send…", "what now?", "can I…", "¿qué hago?"). */
const ASKS_SOMETHING_ELSE = /\?|\b(where|why|who|what now|what do i do|how (do|did|can|could|should)|can (i|we)|could (i|we)|should (i|we)|do (i|we)|will (they|it|my|the)|is (it|that|there)|donde|por que|porque|quien|que hago|como (hago|puedo)|puedo)\b/;

/** "2 years and 11 months ago", "hace 3 años": a date counted back from today, not a return's due date. */
const COUNTED_BACK = /\bago\b|\bhace\b/i;

/** English is always understood; a Spanish conversation understands Spanish too. */
const asksIn = (language: Language): readonly CalculatorAsks[] => (language === 'es' ? [english, spanish] : [english]);

/** A message that asks for a calculation starts a calculator; other questions go to the knowledge base. */
export function calculatorFor(text: string, clock: Clock, language: Language = 'en'): string | undefined {
  const asks = asksIn(language);
  const said = (pattern: (ask: CalculatorAsks) => RegExp) => asks.some((ask) => pattern(ask).test(ask.prepare(text)));
  const today = connecticutDate(clock());
  // "I owe $2,000 and paid 6 months late", "interest on $3,000 over 5 months": the amount and the months are enough to work it out.
  if (!NAMES_A_PLAN.test(withoutAccents(text)) && findMonthsLate(text, language) !== undefined && findAmount(text, today, language) !== undefined) return DialogIds.owedEstimate;
  // "How much is the penalty on $350?": the penalty alone needs only the amount.
  if (asksPenaltyAmount(text, language) && !NAMES_A_PLAN.test(withoutAccents(text)) && (findAmount(text, today, language) ?? 0) > 0 && findDates(text, today, language).length === 0) return DialogIds.owedEstimate;
  if (said((ask) => ask.plan)) return DialogIds.planEstimate;
  if (said((ask) => ask.refundWindow)) return DialogIds.refundWindow;
  if (said((ask) => ask.deadline)) return DialogIds.noticeDeadline;
  const owed = said((ask) => ask.owed);
  if (said((ask) => ask.refundDeadline) && findDates(text, today, language).some((date) => !COUNTED_BACK.test(text.slice(date.start, date.end + 1)))) return DialogIds.refundWindow;
  // "How is Connecticut calculating it?" with no figure asks the rule, which the answers give.
  if (!said((ask) => ask.mayHoldFigures)) return owed && !ASKS_HOW_IT_IS_WORKED_OUT.test(text) ? DialogIds.owedEstimate : undefined;
  // "I owed $1,500 due April 15 and paid July 20… how much is the penalty?": a late payment to work out, not a notice's deadline.
  if (asksPenaltyAmount(text, language) && (findAmount(text, today, language) ?? 0) > 0 && findDates(text, today, language).length >= 2) return DialogIds.owedEstimate;
  const notice = extractNoticeSlots(text, today, language);
  const words = slotWords[language];
  if (notice.kind && notice.noticeDate && words.dated.test(words.prepare(text))) return DialogIds.noticeDeadline;
  if (owed) return DialogIds.owedEstimate;
  // Without a date there is no due date: the amount (the slower reading) would not matter.
  if (findDates(text, today, language).length === 0) return undefined;
  const balance = extractBalanceSlots(text, today, language);
  // A plan's monthly amount beside a date ("paying $200 a month on a plan… today I got a notice") is no tax to work out;
  // nor is a tax and a date told beside another question ("I paid $6,200 on March 3… where do I send the letter?").
  const plain = withoutAccents(text.toLowerCase());
  const figureOrNoOtherQuestion = ASKS_A_FIGURE.test(plain) || !ASKS_SOMETHING_ELSE.test(plain);
  // "How much interest do they charge each month?" with no payment date asks the rate, which the answers give.
  if (INTEREST_EACH_MONTH.test(plain) && !balance.paymentDate) return undefined;
  if (balance.tax !== undefined && balance.dueDate && !NAMES_A_PLAN.test(plain) && figureOrNoOtherQuestion) return DialogIds.owedEstimate;
  return undefined;
}
