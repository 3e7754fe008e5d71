import type { NoticeKind, TaxType } from '../calc/index.js';
import type { InEachLanguage } from '../lib/language.js';
import { withoutAccents } from './spanishReading.js';

/**
 * The words that tell the calculators what a message asks for and which date is which, in each
 * language. Spanish patterns read the text in lower case without accents, and know the English
 * words too (a Spanish message often names the tax or the notice in English).
 */
export interface SlotWords {
  /** The text as the patterns read it. */
  prepare: (text: string) => string;
  interest: RegExp;
  penalty: RegExp;
  /** The penalty's amount asked for: "how much is the penalty", "¿de cuánto es la multa?" (see `penaltyRelief`). */
  penaltyAsked: RegExp;
  total: RegExp;
  /** The words before a date that make it the due date, and the word after which paying words count. */
  due: RegExp;
  dueWord: RegExp;
  /** The words before a date that make it the payment date. */
  pay: RegExp;
  /** The words right after a date that name it the due date ("April 15 due date"). */
  dueAfter: RegExp;
  taxTypes: readonly (readonly [TaxType, RegExp])[];
  noticeKinds: readonly (readonly [NoticeKind, RegExp])[];
  /** A plan length: "6 months", "6 meses", "seis meses"; its first group is the number. */
  months: RegExp;
  /** A notice given with its date: "dated", "received", "me llegó". */
  dated: RegExp;
  /**
   * How late a payment is: "6 months late", "2 and a half months late", "a week late", "wait six
   * months to pay", "seis meses y medio de atraso". Named groups: `count`, `unit` (months, years,
   * weeks or days) and `more` (a part of a month beyond the count).
   */
  monthsLate: readonly RegExp[];
}

const SPANISH_MONTH_COUNTS = 'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce';
const ENGLISH_MONTH_COUNTS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const ENGLISH_COUNT = String.raw`\d{1,2}|a|an|one|${ENGLISH_MONTH_COUNTS}`;
const SPANISH_COUNT = String.raw`\d{1,2}|un|uno|una|${SPANISH_MONTH_COUNTS}`;
const ENGLISH_LATE = String.raw`(?:late|overdue|later|past (?:the )?due(?: date)?|after (?:it was due|the due date|the deadline))\b`;

const english: SlotWords = {
  prepare: (text) => text.toLowerCase(),
  interest: /\binterest\b/i,
  penalty: /\bpenalt(y|ies)\b/i,
  penaltyAsked: /^\W*(the )?(late[- ](payment )?)?penalt(y|ies) (on|for) \$?\d|\b(how (much|big|large)|whats?)\b[^.?!]{0,40}\bpenalt(y|ies)\b|\bpenalt(y|ies)\b[^.?!]{0,40}\b(at least|a minimum of|minimum( is| of)?) \$?50\b|\b(is|would|will) (the|a|there a) (late[- ](payment )?)?penalty\b/,
  total: /\b(total|in all|altogether|all together|everything)\b/i,
  due: /\b(due|owed|deadline|was for|for tax year|filing date)\b[^.?!]*$/,
  dueWord: /\bdue\b/,
  pay: /\b(pay|paid|paying|payment|settle)\b[^.?!]*$/,
  dueAfter: /^,?\s*(due date|deadline|filing deadline)\b/,
  taxTypes: [
    ['business_sales_use', /\b(sales|use tax|meals tax|business tax|my (store|shop|restaurant|business))\b/],
    ['withholding', /\b(withholding|payroll|withheld from (my )?employees|employer)\b/],
    ['individual_income', /\b(income|personal|individual|ct-1040|1040|state (tax )?return|(ct|connecticut) (tax )?return)\b/],
  ],
  noticeKinds: [
    ['r859', /\br[ -]?859\b|private collection|collection agency/],
    // An offset that already happened is not a notice: "offset" counts beside a notice or letter
    ['intent_to_offset', /intent to offset|\b(notice|letter|certified)\b[^.?!]{0,40}\boffset|\boffset\w* (notice|letter)/],
    ['assessment', /balance[ -]due|assessment|protest|appeal|dispute|bill\b/],
  ],
  months: /\b(\d{1,2})[ -]?(months?|mos?)\b/i,
  dated: /\b(dated|date|got|received|came)\b/i,
  monthsLate: [
    String.raw`\b(?<count>${ENGLISH_COUNT})[ -](?:full )?(?<unit>months?|years?|weeks?|days?)(?<more> and (?:a half|a few days|a day|one day|a week|\d{1,2} days?|\d weeks?))? ${ENGLISH_LATE}`,
    String.raw`\b(?<count>${ENGLISH_COUNT})(?<more> and a half) (?<unit>months?|years?) ${ENGLISH_LATE}`,
    String.raw`\b(?:wait|waits|waited|waiting)(?: for)? (?<count>${ENGLISH_COUNT}) (?<unit>months?|years?) (?:to pay|before paying|to respond|before responding)\b`,
    String.raw`\b(?:do(?:n'?t| not)|did(?:n'?t| not)|never|fail(?:s|ed)? to) (?:pay|respond)(?: it| anything)? for (?<count>${ENGLISH_COUNT}) (?<unit>months?|years?)\b`,
    String.raw`\b(?:ignore|ignored|ignoring) (?:it|them|the (?:notice|bill|letter)) for (?<count>${ENGLISH_COUNT}) (?<unit>months?|years?)\b`,
    String.raw`\b(?:did nothing|done nothing|(?:did(?:n'?t| not)|have(?:n'?t| not)|never) do(?:ne)? anything|let it (?:sit|go|ride|slide))(?: about it| with it)? for (?<count>${ENGLISH_COUNT}) (?<unit>months?|years?)\b`,
    // "interest 640 owed 5 months": a sum owed for some months, in a few words
    String.raw`\b(?:owed?|owing|unpaid|overdue)\b (?:for )?(?<count>${ENGLISH_COUNT}) (?<unit>months?|years?)\b(?! (?:of|in) (?:payments?|installments?))`,
    // Interest building up over some months, with no plan named
    String.raw`\b(?:interest|build(?:s|ing)? up|accru\w*|accumulat\w*|add(?:s|ing)? up|grow\w*)\b(?![^.?!]*\b(?:plan|installments?|monthly payments?)\b)[^.?!]{0,60}\b(?:over|for|in|after) (?<count>${ENGLISH_COUNT}) (?<unit>months?|years?)\b`,
  ].map((pattern) => new RegExp(pattern)),
};

/** "debía pagarse", "tenía que pagar": a due date said with a paying word, read as "vencía". */
const DUE_WITH_PAY_WORD = /\b(se )?(debia|debian|tenia que|tenian que|habia que|deberia haber) (pagar|pagarse|pagarlo|pagarla|presentar|presentarse|presentarla)\b/g;


const spanish: SlotWords = {
  prepare: (text) => withoutAccents(text).replace(DUE_WITH_PAY_WORD, 'vencia'),
  interest: /\b(interes|intereses|interest)\b/,
  penalty: /\b(multas?|penalidad|penalidades|penalizacion|penalizaciones|recargos?|penalty|penalties)\b/,
  penaltyAsked: /^\W*(la )?(multa|penalidad|penalty|recargo) (de|sobre|por|pa|para|on|for) \$?\d|\b(cuanto|cual)\b[^.?!]{0,40}\b(multas?|penalidad|penalty|recargos?)\b|\b(la|una) (multa|penalidad|penalty) (seria|sera|sale|queda|va a ser)\b|\b(la|una) (multa|penalidad|penalty) es (de )?(\$|el )|\b(multas?|penalidad|penalty) (minima|minimo|minim)\b[^.?!]{0,20}\b50\b|\b(multas?|penalidad|penalty)\b[^?!]{0,80}\bcuanto (me|nos|le|les) (toca|tocaria|sale|saldria|queda|quedaria|cobran|cobrarian|van a cobrar)\b/,
  total: /\b(total|en todo|todo junto|en conjunto|todo lo que|in all)\b/,
  due: /\b(vence|vencen|vencia|vencian|vencio|vencimiento|vencido|vencida|fecha limite|plazo|era para|ano fiscal|fecha de presentacion|due|deadline)\b[^.?!]*$/,
  dueWord: /\b(?:vence|vencen|vencia|vencian|vencio|vencimiento|vencido|vencida|fecha limite|plazo|due)\b/,
  pay: /\b(pago|pague|pagar|pagare|pagaria|pagara|pagando|pagado|pagamos|pagarlo|pagarla|liquidar|liquide|liquido|saldar|salde|abonar|abone|pay|paid)\b[^.?!]*$/,
  dueAfter: /^,?\s*(como )?(fecha (de vencimiento|limite)|due date|deadline)\b/,
  taxTypes: [
    [
      'business_sales_use',
      /\b(ventas|venta y uso|impuesto (sobre|a|de) (las |la )?ventas?|impuesto (sobre el|al|de) uso|comidas|impuesto (de|del|sobre) (mi )?negocio|mi (tienda|restaurante|negocio|comercio)|sales|use tax)\b/,
    ],
    ['withholding', /\b(retencion|retenciones|nomina|planilla|empleador|patron|withholding|payroll)\b/],
    ['individual_income', /\b(ingresos?|renta|personal|individual|ct-1040|1040|declaracion estatal|income)\b/],
  ],
  noticeKinds: [
    ['r859', /\br[ -]?859\b|agencia (privada )?de (cobranza|cobro|cobros)|cobranza privada|private collection|collection agency/],
    ['intent_to_offset', /intent to offset|\b(notice|letter|certified|aviso|carta|certificad[oa])\b[^.?!]{0,40}\b(offset|compensacion)|\boffset\w* (notice|letter)|intencion de (compensacion|compensar|retener|retencion)/],
    ['assessment', /balance[ -]due|saldo pendiente|saldo (adeudado|a pagar)|protesta|apelar|apelacion|disputa|disputar|factura|assessment|protest|appeal|dispute|bill\b/],
  ],
  months: new RegExp(`\\b(\\d{1,2}|${SPANISH_MONTH_COUNTS})[ -]?(meses|mes|months?)\\b`),
  dated: /\b(fecha|fechado|fechada|con fecha|recibi|me llego|llego|me mandaron|me enviaron|dated|received)\b|\b(es|era) del (\d|primero)/,
  monthsLate: [
    String.raw`\b(?<count>${SPANISH_COUNT})[ -](?<unit>meses|mes|anos?|semanas?|dias?)(?<more> y (?:medio|unos dias|un dia|una semana|\d{1,2} dias?|\d semanas?))? (?:tarde|mas tarde|de atraso|de retraso|atrasad[oa]s?|retrasad[oa]s?|despues (?:de la fecha|del vencimiento|de que vencio))\b`,
    String.raw`\b(?:espero|esperar|espere|esperando|me espero|me espere)(?: por)? (?<count>${SPANISH_COUNT}) (?<unit>meses|mes|anos?) (?:para pagar|antes de pagar|para responder|para contestar)\b`,
    String.raw`\bno (?:pago|pague|pagar|pagamos|respondo|respondi|responder|contesto|conteste|contestar) (?:en|por|durante) (?<count>${SPANISH_COUNT}) (?<unit>meses|mes|anos?)\b`,
    String.raw`\b(?:no (?:hice|hago|he hecho|hicimos|hemos hecho) nada|lo deje (?:pasar|ahi|quieto))(?: con eso| con el aviso)? (?:en|por|durante) (?<count>${SPANISH_COUNT}) (?<unit>meses|mes|anos?)\b`,
    String.raw`\b(?:intereses?|acumul\w*|sum\w*|crec\w*)\b(?![^.?!]*\b(?:plan|cuotas?|mensualidad\w*)\b)[^.?!]{0,60}\b(?:en|por|durante|despues de) (?<count>${SPANISH_COUNT}) (?<unit>meses|mes|anos?)\b`,
  ].map((pattern) => new RegExp(pattern)),
};

export const slotWords: InEachLanguage<SlotWords> = { en: english, es: spanish };

/** A count of months as a number: "6" → 6, "seis" → 6, "six" → 6; "a", "one" and "un" are 1. */
export function monthCount(said: string): number {
  if (/^(a|an|one|un|uno|una)$/.test(said)) return 1;
  const words = said in ENGLISH_INDEX ? ENGLISH_INDEX : SPANISH_INDEX;
  const index = words[said];
  return index !== undefined ? index : Number(said);
}

const indexOf = (counts: string): Readonly<Record<string, number>> => Object.fromEntries(counts.split('|').map((word, index) => [word, index + 2]));
const ENGLISH_INDEX = indexOf(ENGLISH_MONTH_COUNTS);
const SPANISH_INDEX = indexOf(SPANISH_MONTH_COUNTS);
