import { plainWords } from './normalize.js';
import type { KnowledgeEntry } from './schema.js';

/**
 * A specific detail a question asks for: a percentage, how long something takes, a fee, a form's
 * number, a phone or fax number, a mailing address, a minimum amount, or a name. When the entry
 * that answers the question's topic does not hold that kind of detail, the assistant says it does
 * not have it before giving what it does know, rather than let the topic's answer pass for one.
 */
export type AskedDetail = 'percentage' | 'decisionTime' | 'duration' | 'fee' | 'formNumber' | 'form' | 'phone' | 'fax' | 'address' | 'minimumAmount' | 'name';

/** How each detail is asked (plain words: lower case, no accents), in English and Spanish. */
const ASKED: readonly (readonly [AskedDetail, RegExp])[] = [
  ['name', /\b(what is|whats|what's|tell me) the name( and (phone )?number)? of (the |that |this )?(commissioner|director|(private )?(collection )?agency|company|collector)\b|\bwho is the (current )?(connecticut |ct |drs )?(commissioner|director|head)\b|\bcomo se llama (la|el) (agencia|comisionado|director|compania)\b|\bnombre de (la|el) (agencia|comisionado|director|compania)\b/],
  ['fax', /\bfax\b/],
  ['phone', /\b(phone|telephone|toll[- ]free|hotline|call center) (number|line)\b|\bwhat number (do|should|can|would) (i|we) call\b|\bnumber to call\b|\b(numero de telefono|numero pa(ra)? llamar)\b|\ba (que|q) numero (llamo|marco)\b/],
  ['formNumber', /\b(forms?) (number|#|no\.?)\b|\bnumero de(l)? (form|formulario|forma)\b/],
  ['form', /\b(which|what) (form|forms)\b|\bname of the form\b|\b(que|q|cual|cual es el) (form|formulario|forma)\b/],
  ['percentage', /\b(what|which) (percent|percentage|portion|share|fraction)\b|\b(more|less|over|under) than \d+ ?(%|percent)|\bmas (del|de) \d+ ?(%|por ciento)|\bhow much of (my|the|his|her|our) ([a-z]+ ){0,2}(paycheck|wages?|pay|salary|check|account|savings|benefits?)\b|\b(que|q|cual|cuanto) porcentaje\b|\b(que|q|cual|cuanto) parte (del?|de mi|de la)\b/],
  ['minimumAmount', /\b(minimum|smallest|lowest|least) (monthly )?(payment|paymnt|pymt|amount|installment|balance|debt)\b|\bminimum income\b|\bincome (limit|threshold)\b|\b(earn|earned|earning|make|made|making) (under|less than|below|over|more than) \$?\d[^.?!]{0,60}\bfile\b|\bfile\b[^.?!]{0,60}\b(earn|earned|earning|make|made|making) (under|less than|below|over|more than) \$?\d|\b(pago|cuota|monto|cantidad|deuda|ingreso) minim[oa]\b|\bminimo de (deuda|ingreso)\b|\bminimo protegido\b|\bhow much (money )?(do they|must they|will they|does drs) (have to )?(leave|let me keep)\b|\bhow much\b[^.?!]{0,40}\b(is |are )?(protected|exempt)\b|\bcuant[ao] (plata|dinero) me (tienen|deben) (que |q )?dejar\b/],
  ['fee', /(?<!\blate )\b(fee|fees)\b|\bhow much (does it|will it|would it|do they) (cost|charge)\b|\bhow much (does|do|will|would) (the |a |my )?[a-z]+( [a-z]+)? charge\b|\bcosts? (to|for) (record|file|get|release|request)\b|\b(cuanto cuesta|cuesta algo|cobran algo|tarifa|comision)\b/],
  ['address', /\b(what|whats|where) (is |are )?(the |your |drs |their |its )?(mailing |mail |street |postal )?address(es)?\b|\baddress (to|for) (mail|send|write)|\b(mailing|mail) address\b|\bwhere (do|should|can|would) (i|we) (mail|send)\b|\bwhere to (mail|send)\b|\b(cual es|dame|a que|a q) (la )?direccion\b|\bdireccion (pa|para) (mandar|enviar|mandarles|enviarles)\b|\bdireccion (del|de la) (drs|unidad|division|oficina|irs|sis)\b|\b(a donde|adonde|donde) (mando|envio|mandar|enviar)\b/],
  // How long DRS (or its Appellate Division) takes to decide or answer, not how long the taxpayer has
  ['decisionTime', /\bhow (long|soon|quickly|fast)\b(?! (do|does|did|will|would|can|should) (i|we|you|my|our) (have|get|need)\b)[^.?!]{0,50}\b(decide|decides|decision|respond|responds|response|reply|replies|answer|answers|hear back|rule on|approve|approves|process|processes)\b|\b(cuanto (tiempo )?(se )?(tarda|tardan|demora|demoran|tiene|tienen)|cuant[oa]s (dias|semanas|meses) (se )?(tarda|tardan|demora|demoran)|en cuanto tiempo)\b[^.?!]{0,50}\b(decid|contest|respond|aprob|proces)\w*/],
  ['duration', /\bhow (long|soon|quickly|fast)\b|\bhow many (business )?(days|weeks|months|years|yrs|mos|wks)\b|\bafter how many\b|\b(cuanto tiempo|cuantos (dias|semanas|meses|anos)|despues de cuantos|en cuanto tiempo|cuanto (se )?(tarda|tardan|demora|demoran))\b/],
];

/** A phone or fax number as the entries write them. */
const NUMBER = String.raw`\d{3}[-. )]+\d{3}[-. ]\d{4}`;

/** A form's code as the entries write it ("Form DRS-PW", "8379", "CT-1040"). */
const FORM_CODE = String.raw`\b(form|formulario) (drs-)?[a-z]{0,4}-?\d|\bdrs-?pw\b|\b8379\b|\bct-?\d{3,4}\b`;

/** What in an entry's text holds each detail. */
const HOLDS: Readonly<Record<AskedDetail, RegExp | undefined>> = {
  name: undefined,
  fax: new RegExp(String.raw`\bfax\b[^.\n]{0,60}${NUMBER}|${NUMBER}[^.\n]{0,30}\bfax\b`),
  phone: new RegExp(NUMBER),
  formNumber: new RegExp(FORM_CODE),
  // Which form: its code, or its name ("the Power of Attorney form")
  form: new RegExp(String.raw`${FORM_CODE}|\b(power of attorney|poder legal)( \([^)]*\))? form\b|\bformulario (de )?(poder legal|power of attorney)\b`),
  percentage: /%|\bpercent\b|\bpor ciento\b/,
  minimumAmount: /\bminim\w*[^.\n]{0,60}\$\d|\$\d[^.\n]{0,60}\bminim\w*/,
  fee: /\b(fees?|no charge|costs?|costos?|cargos?|tarifas?|comision(es)?|gratis|free of charge)\b/,
  // A street address, or the office or center to send it to
  address: /\b\d{2,5} [a-z]+ (blvd|boulevard|street|st|avenue|ave|road|rd)\b|\bp\.? ?o\.? box\b|\b(send|mail|fax|submit)\w*( [a-z]+){0,3} to (the )?(drs |irs )?([a-z]+ ){0,3}(unit|division|center|office)\b|\b(envie|mande|enviela|mandela|envielo|mandelo)\w* [^.\n]{0,40}\b(unidad|division|centro|oficina)\b/,
  duration: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|un|una|dos|tres|cuatro|cinco|seis|diez|doce|quince|treinta|sesenta|noventa)( to \d+| a \d+| or more| o mas| business| habiles)?[- ](days?|weeks?|months?|years?|dias|semanas|mes|meses|anos)\b|\b(several|a few|many|some) (days|weeks|months|years)\b|\b(varios|varias|unos|unas|algunos|algunas) (dias|semanas|meses|anos)\b|\b(immediately|inmediatamente|right away|de inmediato)\b|\buntil (the |your )?(debt|balance|tax)( is)?( fully| completely| all)? (paid|satisfied)|\bhasta que (se pague|pague|quede pagad)/,
  // A length of time in the same sentence as a decision or an answer (see `holdsDecisionTime`)
  decisionTime: undefined,
};

/** Offices and units a phone or fax number may be asked for: the entry must give the number beside the one named. */
const UNITS = String.raw`appellate division|appellate|fms|financial management|irs|internal revenue|treasury|fiscal service|sis unit|collections unit|wage unit|priority one|penalty review committee|town clerk|taxpayer advocate|attorney general`;
/** "the fax number for the Appellate Division", "el teléfono del FMS": the unit whose number is asked. */
const NUMBER_FOR_UNIT = new RegExp(
  String.raw`\b(number|numbers|numero|fax|phone|telefono|line|linea)( number)? (for|of|at|to|del|de la|de|para|pa) (the |la |el )?(drs |ct |connecticut )?(${UNITS})\b|\b(${UNITS})(?='?s? (?:fax|phone|telephone)\b)`,
  'g',
);
const NEAR = 200;

/** The detail a question asks for, if it asks for one of them. */
export function askedDetail(question: string): AskedDetail | undefined {
  const text = plainWords(question);
  return ASKED.find(([, asked]) => asked.test(text))?.[0];
}

/** Words of a decision or an answer, in English and Spanish (plain words). */
const DECISION = /\b(decision|decisions|decide|decides|respond|responds|response|reply|replies|answer|answers|respuesta|responde|contesta)\b/;

/** Whether one sentence of the text gives how long a decision or an answer takes. */
const holdsDecisionTime = (text: string): boolean => text.split(/[.\n]/).some((sentence) => DECISION.test(sentence) && (HOLDS.duration?.test(sentence) ?? false));

/** Whether the text holds the detail (for a number: beside every unit the question names). */
function holds(detail: AskedDetail, text: string, question: string): boolean {
  if (detail === 'decisionTime') return holdsDecisionTime(text);
  const pattern = HOLDS[detail];
  if (!pattern || !pattern.test(text)) return false;
  if (detail !== 'phone' && detail !== 'fax') return true;
  const named = [...new Set([...plainWords(question).matchAll(NUMBER_FOR_UNIT)].map((match) => match.filter(Boolean).at(-1) ?? ''))];
  return named.every((unit) =>
    [...text.matchAll(new RegExp(String.raw`\b${unit}\b`, 'g'))].some((at) => pattern.test(text.slice(Math.max(0, at.index - NEAR), at.index + unit.length + NEAR))),
  );
}

/** All an entry says: its title, short answer and details. */
export const entryText = (entry: KnowledgeEntry): string => `${entry.title}\n${entry.shortAnswer}\n${entry.details}`;

/** The detail the question asks for that the answer's text does not hold. */
export function missingDetail(question: string, answer: string): AskedDetail | undefined {
  const detail = askedDetail(question);
  return detail && !holds(detail, plainWords(answer), question) ? detail : undefined;
}

/** The sentence said for each missing detail, from what each is called in one language. */
export function missingDetailIn(sentence: (what: string) => string, names: Readonly<Record<AskedDetail, string>>): Readonly<Record<AskedDetail, string>> {
  return Object.fromEntries(Object.entries(names).map(([detail, what]) => [detail, sentence(what)])) as Record<AskedDetail, string>;
}
