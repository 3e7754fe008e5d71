import { actionsIn } from './collectionActions.js';
import { DialogIds } from './dialogIds.js';
import { commandWords } from '../src/lib/plainText.js';

const TRIAGE =
  /^(i )?(just )?(got|received|have|get) (a |an |this |my |some )?(letter|notice|bill)( in the mail)?( from (the )?(ct |connecticut )?(drs|department of revenue services|revenue|state))?$|^(help|help me) with (a|my|this) (letter|notice)$|^(notice|letter) (triage|help)$/;
const OFFSET = /^(refund )?offset (guide|help|step by step)$|^(help|help me) with (a|my) (refund )?offset$|^walk me through (a|my|the) (refund )?offset$/;
const PLAN_CHECK = /^(payment plan check|check (if|whether) i (qualify|can get) (for )?a payment plan)$/;
const WAIVER = /^(penalty waiver (guide|help|step by step)|help me (ask for|request) a (penalty )?waiver)$/;
const PRIORITY_ONE =
  /^((covid|covid 19|coronavirus|pandemic)( (relief|hardship|help))?|priority (one|1) (check|screening|apply|application)|(apply|sign me up) for priority (one|1)|(am i|do i|would i) (eligible|qualify) for priority (one|1))$/;
/** Hard times a taxpayer may name along with a collection action. */
const HARDSHIP = /\b(covid|covid 19|coronavirus|pandemic|lost (my|our) (job|income|business)|laid off|unemployed|out of work|(shop|store|business|restaurant) (closed|shut down)|got sick)\b/;
const QUESTION = /^(what|how|when|where|who|why|which|can|could|does|do|is|are|will|should|may)\b/;
const COMPROMISE = /^((offer in compromise|hardship suspension) (guide|help)|settle or pause)$/;

// The same requests in Spanish, written without accents (the message is read without them).
const DRS_ES = '( (del|de el|de la|de) (drs|estado|departamento de servicios de impuestos|departamento de impuestos|oficina de impuestos)( de connecticut)?)?';
const TRIAGE_ES = new RegExp(
  `^((yo )?(me )?(llego|llegaron|mandaron|enviaron|recibi|tengo) (un |una |el |la |este |esta |mi )?(carta|aviso|notificacion|cobro)( por correo)?${DRS_ES}|` +
    '(ayuda|ayudeme|ayudame) con (una|mi|esta|la) (carta|aviso)|(carta|aviso) (ayuda|paso a paso))$',
);
const OFFSET_ES =
  /^((me |nos )?(quitaron|retuvieron|tomaron) (el|mi|nuestro) reembolso( del estado)?|(ayuda|ayudeme|ayudame) con (mi|un|el) reembolso retenido|reembolso (retenido )?paso a paso)$/;
const PLAN_CHECK_ES =
  /^((revisar|ver|saber|verificar) si (califico|puedo (tener|obtener|conseguir|pedir)) (para )?un plan de pagos?|revision de plan de pagos?|puedo tener un plan)$/;
const WAIVER_ES =
  /^((quiero|necesito) que me (quiten|perdonen|eliminen|borren) (la|las|mi|mis|una) multas?|(ayudeme|ayudame) a pedir que me quiten (la|las|mi|mis) multas?|pedir que me quiten (la|las) multas?)$/;
const PRIORITY_ONE_ES =
  /^((ayuda|alivio) (por|de|para) (el |la )?(covid|covid 19|coronavirus|pandemia)|(quiero )?(solicitar|aplicar|pedir) (a )?priority (one|1)|(califico|soy elegible|puedo calificar) para priority (one|1))$/;
const COMPROMISE_ES = /^((oferta de compromiso|suspension por dificultad( economica)?) (guia|ayuda)|arreglar o pausar)$/;
const HARDSHIP_ES = /\b(covid|covid 19|coronavirus|pandemia|perdi (mi|el) (trabajo|empleo|negocio)|me (despidieron|corrieron|enferme)|desempleado|desempleada|sin trabajo|cerr(o|aron) (mi|el|nuestro) (negocio|tienda|restaurante))\b/;
const QUESTION_ES = /^(que|como|cuando|donde|quien|quienes|por que|cual|cuales|cuanto|cuanta|puedo|podria|debo|deberia|se puede|hay)\b/;
/** A collection action named in Spanish: an embargo (garnishment or levy), a lien, a payment plan. */
const ACTION_ES = /\b(embarg\w*|gravamen|plan de pagos?|(cuenta|cuentas) (de banco|bancarias?) (congeladas?|embargadas?))\b/;

/** The guide each whole request starts, in English then in Spanish. */
const REQUESTS: readonly (readonly [RegExp, string])[] = [
  [TRIAGE, DialogIds.noticeTriage],
  [OFFSET, DialogIds.offsetGuide],
  [PLAN_CHECK, DialogIds.paymentPlanCheck],
  [WAIVER, DialogIds.penaltyWaiver],
  [COMPROMISE, DialogIds.compromiseGuide],
  [PRIORITY_ONE, DialogIds.priorityOne],
  [TRIAGE_ES, DialogIds.noticeTriage],
  [OFFSET_ES, DialogIds.offsetGuide],
  [PLAN_CHECK_ES, DialogIds.paymentPlanCheck],
  [WAIVER_ES, DialogIds.penaltyWaiver],
  [COMPROMISE_ES, DialogIds.compromiseGuide],
  [PRIORITY_ONE_ES, DialogIds.priorityOne],
];

/**
 * A message that asks for step-by-step help starts its guide. Only whole, plain requests do: a
 * question with more in it ("I got a balance due notice, what do I do?") gets its answer first.
 */
export function guideFor(text: string): string | undefined {
  return requestedGuide(text) ?? (isPriorityOneSituation(text) ? DialogIds.priorityOne : undefined);
}

/** The guide a whole, plain request names ("help me with my offset"), if any. */
export function requestedGuide(text: string): string | undefined {
  const said = commandWords(text);
  return REQUESTS.find(([pattern]) => pattern.test(said))?.[1];
}

/** "My wages are garnished and I lost my job": a collection action and hard times, told rather than asked. */
export function isPriorityOneSituation(text: string): boolean {
  const said = commandWords(text);
  if (text.trim().endsWith('?') || text.trim().startsWith('¿')) return false;
  const english = !QUESTION.test(said) && HARDSHIP.test(said) && actionsIn(said).length > 0;
  const spanish = !QUESTION_ES.test(said) && HARDSHIP_ES.test(said) && (ACTION_ES.test(said) || actionsIn(said).length > 0);
  return english || spanish;
}
