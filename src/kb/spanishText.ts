import { StemmerEs } from '@nlpjs/lang-es';
import { spa } from 'stopword';
import { canonicalTextWith, canonicalTokensWith, withAgenciesSpelled } from './normalize.js';
import { isAboutAnotherTaxOffice, isOutsideCollections } from './scope.js';
import type { TextAnalysis } from './textAnalysis.js';

/** Words that say nothing about which topic a question is on, written without accents. */
const QUESTION_WORDS = [
  'hola', 'buenas', 'buenos', 'dias', 'tardes', 'gracias', 'favor', 'por', 'porfa', 'quiero', 'quisiera', 'necesito', 'puedo', 'puede', 'pueden',
  'podria', 'saber', 'decir', 'digame', 'explicar', 'explique', 'significa', 'que', 'como', 'cuando', 'donde', 'cual', 'cuales', 'quien', 'cuanto',
  'cuanta', 'cuantos', 'tengo', 'tiene', 'tienen', 'hay', 'es', 'son', 'esta', 'estan', 'estoy', 'ser', 'estar', 'hacer', 'hago', 'debo', 'tener',
  'algo', 'alguna', 'algun', 'alguno', 'este', 'esto', 'eso', 'esa', 'ese', 'estos', 'esas', 'mis', 'mi', 'me', 'yo', 'usted', 'ustedes', 'ellos',
  'si', 'no', 'ok', 'bueno', 'pues', 'entonces', 'ahora', 'aqui', 'alli', 'ahi', 'muy', 'mas', 'tambien', 'solo', 'sobre', 'acerca', 'del', 'al',
  // Informal fillers and the tú forms of the words above:
  'oye', 'oiga', 'oigan', 'mira', 'mire', 'pa', 'pos', 'ahorita', 'plis', 'porfavor', 'xfa', 'disculpe', 'puedes', 'podrias', 'quieres', 'sabes', 'dime', 'tienes', 'debes', 'haces',
  // How messages are texted: "xq" and "pq" for porque, "tmb" for también, "toy" for estoy, "q" and "k" for que.
  'xq', 'xk', 'pq', 'porq', 'tmb', 'tb', 'ps', 'toy', 'tamos', 'ta', 'nomas', 'namas', 'q', 'k', 'x', 'd', 'aki', 'bien',
  // How the taxpayer feels ("estoy desesperada", "la verdad muy preocupado"):
  'asustado', 'asustada', 'preocupado', 'preocupada', 'nervioso', 'nerviosa', 'desesperado', 'desesperada', 'estresado', 'estresada', 'angustiado', 'angustiada',
  'avergonzado', 'avergonzada', 'enojado', 'enojada', 'frustrado', 'frustrada', 'confundido', 'confundida', 'agobiado', 'agobiada', 'honestamente', 'sinceramente',
  'connecticut', 'ct',
];

const strip = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const STOP_WORDS: ReadonlySet<string> = new Set([...spa, ...QUESTION_WORDS].map(strip));

/**
 * Phrases Spanish speakers use for the same thing (Spanglish included), rewritten to one canonical
 * word before search; applied alike to questions and entries. Longer phrases come first.
 */
const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  // La cortesía y la edad no dicen nada del tema ("Buenas tardes, disculpe la molestia, tengo 74 años…").
  [/\b(buen(os|as) (dias|tardes|noches)|disculpe( usted)?( la molestia)?|perdone( la molestia)?|con (todo )?respeto|le (agradeceria|agradezco)( mucho)?( su ayuda)?|muchas gracias( de antemano)?|si (fuera|es) tan amable( de)?|(me )?(podria|puede) (usted )?(por favor )?(explicar|decir)(me)? (en palabras sencillas|de forma sencilla)|tengo \d{2,3} anos( de edad)?|soy una persona mayor)\b/g, ' '],
  // "El correo general, no el de Priority One": un programa que se deja de lado no es lo que se pregunta.
  [/\(?\b(no|aparte|fuera|menos|excepto|que no sea|distinto)( de| del)? (el |la |los |las )?(de |del )?prior(ity|iti|ty|ety|idy)[ -]?(one|1|uno|won)\b\)?/g, ' '],
  [/\bprior(ity|iti|ty|ety|idy)[ -]?(one|1|uno|won)\b|\bprioridad (uno|1)\b/g, 'priorityone'],
  [/\b(covid(-?19)?|coronavirus|corona|pandemia|el virus|(emergencia|crisis) (sanitaria|de salud( publica)?))\b/g, 'covid'],
  // In Puerto Rico a return is a "planilla", and filing it is "radicar".
  [/\bplanillas\b/g, 'declaraciones'],
  [/\bplanilla\b/g, 'declaracion'],
  [/\b(radicar|radicarla|radicarlas)\b/g, 'presentar'],
  [/\b(radique|radicamos)\b/g, 'presente'],
  [/\b(sin radicar|no radicadas?)\b/g, 'sin presentar'],
  [/\bradicadas?\b/g, 'presentada'],
  // "Cómo funciona X" asks to explain X, as the English "how does X work".
  [/\bcomo (funciona|funcionan|trabaja|trabajan) /g, 'como '],
  // "Qué es" asks what a thing is: the entry that explains it.
  [/\b(que|q|k) (es|son|significa|quiere decir)\b|\bes (que|q) es\b|\b(para|pa) (que|q|k) sirven?\b/g, 'definicion'],
  // "Qué clases de avisos": the kinds of a thing.
  [/\b(clases|variedades|tipos) de\b/g, 'tipos de'],
  [/\br[ -]?859\b/g, 'r859'],
  [/\b(treasury offset program|programa (federal )?de compensacion (del tesoro|federal|de reembolsos federales))\b/g, 'treasuryoffsetprogram compensacion'],
  [/\b(offsets?|compensaciones|compensacion|compensaron|compensado)\b/g, 'compensacion'],
  [/\b(refunds?|reembolsos?|devolucion(es)?|taxes de vuelta)\b/g, 'reembolso'],
  // "Las colecciones" (collections, in Spanglish) are the collection actions: "cobros".
  [/\b(colecciones|coleccion)\b/g, 'cobros'],
  [/\b(me |nos |le |les |te )?(quitaron|quito|tomaron|tomo|retuvieron|retuvo|agarraron|agarro|cogieron|cogio|(se )?(quedo|quedaron|queda|quedan|quedar|quedarse) con) (el |mi |nuestro |su |tu )?reembolso\b|\breembolso (retenido|quitado|tomado)\b/g, 'compensacion reembolso'],
  [/\b(garnishment|wage execution|embargo de (salario|sueldo|cheque)|embargaron (mi )?(salario|sueldo|cheque)|me (quitan|descuentan) del (cheque|sueldo|salario))\b/g, 'embargosalario'],
  [/\b(levy|embargo bancario|cuenta (de banco |bancaria )?(congelada|embargada|bloqueada)|(congelaron|embargaron|bloquearon) (mi )?cuenta)\b/g, 'embargobancario'],
  [/\b(lien|liens|lin|lines|gravamen(es)?)\b/g, 'gravamen'],
  [/\b(incumpl\w*|default|no (pague|pagamos|pago|he pagado|hemos pagado|hice el pago|mande el pago)( ni)? (el |la )?(cuota |pago |mensualidad )?(de |del mes de )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)|(no (hago|hice|pague|pagué|pagar|pago|cumplo|cumpli) (un |una |el |la |mi )?(pago|cuota)s?)|(saltar(me)?|salte|me salte) (un |una )?(pago|cuota)|se me (paso|pasaron|olvido|olvidaron) (un |una |el |la |los |las |dos |tres |varios |unos )?(pagos?|cuotas?)|atras(ar|arme|e|ado|ada|ados|o|arse)|pagos? (atrasados?|perdidos?)|cuotas? atrasadas?|me voy a atrasar|(?<!\b(debo|puedo|deberia|podria|tengo que|hay que|conviene|convendria) )(dejo|deje|dejar|dejamos) de pagar (el |mi |la |las )?(plan|cuotas?|pagos?)(?! hasta (ver|que|saber)))\b/g, 'pagoatrasado'],
  // Not able to pay it all at once is what a payment plan is for; not able to pay at all is a hardship.
  [/\b(no (puedo|podemos|puede|pueden) pagar|no me alcanza (el dinero )?para pagar) (todo de una vez|todo junto|de una vez|todo|completo|el total|la cantidad completa)\b/g, 'nopuedepagar planpagos'],
  [/\b(no me alcanza( el dinero| para pagar)?|no (puedo|podemos|puede|pueden) pagar|no tengo (todo )?(el |suficiente )?dinero( junto| para pagar)?|no tengo con que pagar)\b/g, 'nopuedepagar'],
  // Taken again year after year is the future refunds a federal offset can take; taken beyond what was owed is an amount to dispute.
  [/\b(seguir|sigan|siguen|seguiran|vuelvan a|vuelven a|volveran a|van a volver a) (quitando|quitar|tomando|tomar|agarrando|agarrar|cogiendo|coger|compensando|compensar)\b|\b(el )?(otro ano|ano que viene|proximo ano|siguiente ano|cada ano|todos los anos|anos que vienen)\b/g, 'futuros'],
  [/\b(descontaron|quitaron|tomaron|cogieron|agarraron|compensaron) (de mas|demasiado)\b/g, 'compensaron disputar cantidad'],
  // Paying little by little is a payment plan.
  [/\b(poco a poco|poquito a poco|de a poco|de a poquito|por partes|en partes|de a pedacitos)\b/g, 'planpagos'],
  [/\b(payment plan|installment plan|plan(es)? de pagos?|pagos? a plazos|pagar (en|a) plazos|pagar por partes|pagar poco a poco|(en |por )?(cuotas|mensualidades)( mensuales)?|pagos mensuales|arreglo de pagos?|(un |el |mi |del |al )?arreglo para pagar)\b/g, 'planpagos'],
  // Said alone, "plan" and "cuota" are a payment plan's: the knowledge speaks of no other plan.
  [/\b(el|mi|del|un|al|su) plan\b|\bcuotas?\b|\bmensualidad\b/g, 'planpagos'],
  [/\b(trocas?|carros?|camion(es|eta)?|coches?|autos?|automovil(es)?|trucks?|cars?)\b/g, 'vehiculo'],
  [/\b(llevarse|llevar|se lleven|quitarme|quitar|quedarse con|decomisar|decomisen|decomiso|embargar|apoderarse de|apoderar(se)? de|se apodere de|adue\w+ de|confiscar) (mi |mis |el |la |los |las )?(vehiculo|casa|propiedad|cosas|bienes|equipo|herramientas)\b/g, 'incautar $4'],
  [/\b(meter(me|nos)? pres[oa]|preso|presa|carcel|arrest\w*|criminal(es)?|delito)\b/g, 'proceso penal'],
  // Tax taken out of pay is withholding, not a garnishment.
  [/\b(descont\w*|sac\w*|quit\w*|retien\w*|reten\w*|rebaj\w*) (los |el |la )?(impuestos?|taxes|tax|impuesto estatal)( estatal(es)?| del estado| de ct)? (del|de mi|en el|de cada|en mi) (cheque|pago|sueldo|salario|paycheck)\b|\b(impuestos?|taxes|tax)( estatal(es)?| del estado)? (que me )?(descont|sac|quit|retien|reten)\w*/g, 'retencion'],
  [/\b((rebaj|descont|quit|sac)(ando|an|aron|o)|descuent(a|an|e|en)) (del|de mi|el|mi|de su|su) (cheque|pago|sueldo|salario|paycheck)\b|\b(rebaj|descont|quit|sac)\w* (del|de mi|el|mi) (sueldo|salario|paycheck)\b/g, 'embargosalario'],
  [/\b(patron|patrona|jefe|jefa|empleadora?|employer|compania donde trabajo)\b/g, 'empleador'],
  // A hospital's or doctor's bills are medical costs, not a notice.
  [/\b(bills?|biles|facturas?|cuentas?) (del |de la |de |de los )?(hospital|medic[oa]s?|doctor|doctores|clinica)\b/g, 'gastos $3'],
  [/\b(bills?|facturas?)\b/g, 'aviso'],
  // A card pays a bill; "crédito" alone is the credit report's.
  [/\b(tarjetas? (de )?(credito|debito)|(credit|debit) cards?)\b/g, 'tarjeta'],
  // Que no le quiten algo es evitarlo.
  [/\b(para|pa) (que|q) no (me|nos|le|les) (quiten|tomen|agarren|retengan|compensen|cojan|quede|queden|lleven|hagan|apliquen)\b/g, 'evitar que'],
  // Pagar y seguir reclamando es pagar bajo protesta.
  [/\bpag(o|ar|ue|arlo|arla|ando)\b[^.?!]{0,40}\b(y|pero|mientras)( a la vez| al mismo tiempo| igual| todavia| tambien)? (seguir |sigo |continuar |continuo )?(reclam|pele|disput|apel|quej)\w*/g, '$& bajo protesta'],
  [/\b(evidencias?|comprobantes?)\b/g, 'pruebas'],
  [/\b(review|revis(e|en|ar|arlo|arla|aran|ara|ando)|revisen(lo|la))\b/g, 'revision'],
  // What to write on a payment is what to include with it.
  [/\b(que|q) (datos|informacion|numeros?) (pongo|poner|incluyo|incluir|escribo|anoto|le pongo)\b|\b(que|q) (le )?(escribo|pongo|anoto)\b(?=[^.?!]{0,30}\b(cheque|pago|money order|giro|sobre)\b)|(?<=\b(cheque|pago|money order|giro)\b[^.?!]{0,40})\b(que|q) (le )?(escribo|pongo|anoto)\b/g, 'que incluir'],
  [/\bminimum wage\b/g, 'salario minimo'],
  // Doing one's taxes is filing the return.
  [/\b(hacer|hago|hacemos|llenar|lleno) (los |mis |la |mi )?(taxes|impuestos|income tax)\b/g, 'declarar'],
  [/\b(pelear|peleo|reclamar|reclamo|apelar|no estoy de acuerdo|(la|esa|esta) deuda no es (mia|nuestra|de nosotros)|no (debo|debemos) (esa|esta|ese|este|eso|esto|nada|esa cantidad|ese dinero)|disputar|disputo|disputa|quej\w*)\b/g, 'disputar'],
  [/\b(gift ?cards?|tarjetas? de regalo|scams?|escam|escams|skam|fraude|estafa|estafas|enga\w*)\b/g, 'estafa'],
  // Para quién es un programa es quién califica.
  [/\b(quien(es)? (no )?(califica\w*|puede\w* (usar|pedir|solicitar|entrar|aplicar))|para quien(es)? es|requisitos?|elegib\w*|calific\w*)\b/g, 'califica'],
  [/\b(unemployment|desempleo|desempleado)\b/g, 'desempleo'],
  // Why one owes: its reason, cause or motive.
  [/\b(razon(es)?|causas?|motivos?)\b|\b(por que|porque|xq|pq) (yo )?(le |les )?(debo|debemos|adeudo|me cobran)\b/g, 'motivo'],
  // Una enfermedad o un accidente, como los nombre el contribuyente.
  [/\b(enferm\w*|h?ospital\w*|medic[oa]s?|doctor(es|a)?|cancer|lupus|depresion|alzheimer|demencia|autismo|terapias?|cirugia|operacion|farmacia|accidente|lastim\w*|quimio\w*|derrame|infarto)\b/g, 'enfermedad'],
  [/\b(tips|propinas?)\b/g, 'propinas'],
  [/\b(el|la) (senor|senora|persona|muchacho|muchacha) que me (hace|prepara|llena) (los|mis) (taxes|impuestos)\b/g, 'poa'],
  [/\b(bankruptcy|bancarrota|quiebra|chapter (7|11|13)|capitulo (7|11|13))\b/g, 'bancarrota'],
  [/\b(appointments?|citas?)\b/g, 'cita'],
  [/\b(jubilad[oa]s?|retirad[oa]s?|pension(es)?|retiro)\b/g, 'pension'],
  [/\b(balance due|saldo pendiente|saldo adeudado|balance pendiente|saldo (por|a) pagar|saldo que (debo|se debe))\b/g, 'saldopendiente'],
  [/\b(withholding|retencion(es)?|descuento del state|descuento del estado)\b/g, 'retencion'],
  [/\b(paychecks?|cheques? de pago|talon(es)? de pago)\b/g, 'cheque'],
  // Forgiving is a waiver of whatever is named (a penalty or the interest); removing a penalty is its waiver.
  [/\b(quit|borr|elimin|rebaj|baj)\w* (el |la |los |las )?(penalty|multas?|recargos?|penalidad(es)?)\b/g, 'perdonar multa'],
  [/\b(emergencia familiar|muerte en la familia)\b/g, 'causa razonable'],
  [/\b(perdon\w*|condon\w*)\b/g, 'perdonar'],
  // Form DRS-PW is the penalty waiver request.
  [/\bdrs[ -]?pw\b/g, 'drspw perdonar multa'],
  [/\b(penalty|penalties|multas?|penalidad(es)?|recargos?)\b/g, 'multa'],
  // "Por correo" is by post ("mandar el pago por correo"); "un correo" is an e-mail.
  [/\bpor correo( postal| regular| normal)?\b(?! electronico)/g, 'postal'],
  [/\b(correo electronico|e-?mail|correo)\b/g, 'email'],
  [/\b(en linea|por internet|internet|pagina( web)?|sitio( web)?|online|website)\b/g, 'enlinea'],
  [/\b(fecha limite|plazo|cuanto tiempo|cuantos dias|a tiempo|deadline)\b/g, 'plazo'],
  // A deadline on a Saturday or Sunday is one that falls on a weekend.
  [/\b(sabado|domingo|fin de semana|finde|weekend)\b/g, 'findesemana'],
  [/\b(no (le )?hago caso|no hacer caso|ignor\w*|(la |lo )?tir\w* (a la basura)?|no (contest|respond)\w*)\b/g, 'ignorar'],
  // A refund they are going to take is an offset announced: the notice of intent's.
  [/\b(me |nos |le |les )?(lo |la )?(van a|va a|iban a|piensan|quieren) (quitar|tomar|retener|compensar|agarrar|coger)(me|le|nos|les)? (el |mi |su |nuestro )?reembolso\b/g, 'intencion compensacion reembolso'],
  // Que le avisen antes de quitarle el reembolso es el aviso de intención de compensación.
  [/\b(avis\w*|notific\w*)\b(?=[^.?!]{0,40}\bantes de\b[^.?!]{0,40}\b(quit|tom|compens|agarr|us)\w*\b[^.?!]{0,30}\b(reembolso|devolucion|refund))/g, 'aviso intencion'],
  // Getting in touch, however said, is contacting (a "comunicado" is a notice).
  [/\b(comunic(o|a|ar|arme|arse|arnos|amos|an|andome|arle)|me comunique|contact(o|ar|arlos|arme|arles|e|en)|ponerme en contacto|hablar con)\b/g, 'contacto'],
  // "Se llama" names a thing ("cómo se llama"): not a call.
  [/\b(se|te) llam(a|aba|an|aban)\b/g, 'nombre'],
  [/\b(llam\w*|telefono|numero (de telefono|para llamar)|linea)\b/g, 'telefono'],
  // Going in person is a walk-in, whatever office is named.
  [/\b(en persona|cara a cara|walk[ -]?ins?)\b/g, 'walkin'],
  // A joint return in English is the declaración conjunta; what was left over is the overpayment.
  [/\b(joint (tax )?returns?|(declaramos|hicimos la declaracion|presentamos la declaracion|hicimos los taxes)( federal| de impuestos| del \d{4})? (juntos|en conjunto))\b/g, 'declaracion conjunta'],
  [/\b(lo )?(que|q) (sobro|sobra|quedo de mas)\b/g, 'sobrepago'],
  // Dejar un mensaje en una línea es su buzón de voz.
  [/\b(dejar|dejarle) (un |el )?(mensaje|recado|msj|voice ?mail)( de voz)?\b|\b(buzon|correo|mensaje) de voz\b|\bvoice ?mail\b/g, 'mensaje de voz'],
  [/\b(una persona|alguien|un representante|un agente|persona real|ser humano)\b/g, 'persona'],
  [/\b(interest|intereses|interes)\b/g, 'interes'],
  // The rate of interest, however it is asked: "porcentaje de interés", "tasa", "taza".
  [/\b(porcentaje|tasa|taza|rate)( de| del)? interes\b/g, 'tasa interes'],
  // La carta del offset es la que avisa que se usó un reembolso (no el aviso de intención, que viene antes).
  [/\b(cartas?|avisos?|letter|notice|notificacion(es)?) ((?!de |del )\S+ ){0,4}?(del|de la|de|sobre el|sobre la|por el|por la) (offset|compensacion)\b(?! (de|del) (intent|intencion))/g, '$& reembolso'],
  [/\b(notice|letter|avisos?|cartas?|notificacion(es)?)\b/g, 'aviso'],
  [/\b(taxes|impuestos?|taxas?)\b/g, 'impuesto'],
  [/\b(state|estado)\b/g, 'estado'],
  [/\b(departamento de (servicios de )?(impuestos|ingresos)|(department|departamento) (of |de )?revenue servi?[cs]i?[eo]?s)\b/g, 'drs'],
  // Negotiating a tax debt (not a payment plan, which the rule above already named) is an offer in compromise.
  [/\b(offers? in compromise|oferta(s)? de compromiso|arreglo por menos|pagar menos de lo que debo|quedar(me|nos)? en paz|(saldar|liquidar|cerrar) (la |mi )?deuda por menos|negoci(ar|arlo|arla|e|amos|an|ando|acion|aciones)(?! planpagos))\b/g, 'oic'],
  [/\b(extension(es|s)?|extender|extienden?|extendio|extendieron|alarg\w*|aplaz\w*|pospon\w*|prorrogas?)\b/g, 'prorroga'],
  [/\b(power of attorney|poder legal|contador(a)?|abogad[oa]|preparador(a)?( de (impuestos?|taxes))?|(de|en) (mi|nuestra) parte|en (mi|nuestro) nombre|on my behalf)\b/g, 'poa'],
];

/** Lowercase words without accents or apostrophes ("TOP" in capitals marked as the program). */
function plainWords(text: string): string {
  // Spanish writes "mb", never "nb", inside a word: "enbargo", "tanbien" are typos.
  return withAgenciesSpelled(strip(text.replace(/\bTOP\b/g, ' treasuryoffsetprogram compensacion ')).toLowerCase().replace(/[’']/g, '').replace(/(?<=\p{L})nb(?=\p{L})/gu, 'mb'));
}

const canonicalText = canonicalTextWith(plainWords, SYNONYMS);

/**
 * How a plain Spanish word sounds, for spelling: a silent "h" (not in "ch"), "c" before e/i and "z"
 * as "s", "qu" and "c" as "k", "ll" as "y", "v" as "b", "g" before e/i as "j", double letters as
 * one ("ch" kept: plain words are lower case, so "C" holds its place). Spanish speakers misspell by sound: "aser" is "hacer", "nesesito" "necesito", "yego" "llegó".
 */
export const spanishSound = (word: string): string =>
  word
    .replace(/ch/g, 'C')
    .replace(/h/g, '')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/z/g, 's')
    .replace(/c/g, 'k')
    .replace(/ll/g, 'y')
    .replace(/v/g, 'b')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/(.)\1+/g, '$1')
    .replace(/C/g, 'ch');

const stemmer = new StemmerEs();
const canonicalTokens = canonicalTokensWith(STOP_WORDS, (word) => stemmer.stemWord(word));

/** Spanish search text: accents optional, Spanish stop words and stems, taxpayers' phrases. */
export const spanishText: TextAnalysis = { plainWords, canonicalText, canonicalTokens, stopWords: STOP_WORDS, soundsLike: spanishSound, aboutAnotherTaxOffice: isAboutAnotherTaxOffice, outsideCollections: isOutsideCollections };
