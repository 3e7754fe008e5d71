import { plainWords } from './normalize.js';

/**
 * Another tax office: the IRS, federal taxes, another state. (A town's property or car tax is not
 * one: a town may send an unpaid one to DRS.)
 */
/** Other states (and New York's places), in English and Spanish. */
const OTHER_STATES = [
  String.raw`new york|nys?|nyc|manhattan|brooklyn|bronx|yonkers|long island`,
  String.raw`nueva york|nueva jersey|pensilvania|carolina del (norte|sur)|luisiana|misisipi|texas|florida|california|massachusetts|rhode island|puerto rico`,
  String.raw`alabama|alaska|arizona|arkansas|california|colorado|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming`,
].join('|');

const ELSEWHERE = new RegExp([String.raw`\birs\b|\b(sacar|saco|solicitar|solicito|pedir|renovar|tramitar|get|apply for|applying for|renew|need)\b[^.?!]{0,20}\bitin\b`, String.raw`\binternal revenue\b`, String.raw`\bfederal\b`, String.raw`\b(${OTHER_STATES})\b`].join('|'));

/** "New York State": another state's own name, not Connecticut's "state". */
const OTHER_STATE_NAMED_STATE = new RegExp(String.raw`\b(${OTHER_STATES}) state\b`, 'g');

/**
 * Signs the question is about Connecticut's taxes after all: the state, DRS, or the federal
 * offset of a refund for a state debt (which the IRS and Treasury take part in).
 */
const CONNECTICUT = new RegExp(
  [
    String.raw`\b(con+ec?t+ic+ut+s?|ct|drs|revenue services|state|treasuryoffsetprogram)\b|\b(for|of|to) (the )?states\b|\bstates? (debts?|taxes)\b`,
    String.raw`\b(of+set+\w*|intercept\w*|treasury|fms|fiscal service|dcia|8379|injured spouse|priority ?(one|1))\b`,
    String.raw`\b(del|al|el) estado\b|\bestatal(es)?\b`,
    String.raw`\b(took|taken|take|taking|kept|keep|seized|grab|grabs|grabbing|grabbed|applied|smaller|less|short|reduced|missing part|withheld|held|diverted|garnished|touch\w*|ate|eaten|swallowed|wiped out)\b[^.?!]{0,40}\brefund|\brefund\b[^.?!]{0,40}\b(took|taken|kept|seized|grabbed|applied|smaller|less|short|reduced|withheld|held|diverted|garnished|went to|sent to|paid|used to pay|used for)\b`,
    // Spanish: the Treasury, an offset, a refund taken or held
    String.raw`\b(tesoro|tesoreria|compens\w*|conyuge perjudicado)\b|\b(los |a los |de )?estados\b[^.?!]{0,30}\b(cobr\w*|deudas?)|\bdeudas? de (los )?estados\b`,
    // Half of a joint refund (injured spouse), a review asked for, the certified notice of intent
    String.raw`\bhalf of (our|the|my) refund\b|\bjoint\b[^.?!]{0,40}\brefund\b|\bconjunt[ao]s?\b[^.?!]{0,60}\b(reembolso|devolucion|refund|sobrepago|cheque)\b|\b(reembolso|devolucion|refund|sobrepago)\b[^.?!]{0,60}\bconjunt[ao]s?\b|\b(request|ask for) a review\b|\bcertified letter\b`,
    // What was reported, matched against the IRS's or an employer's records, is DRS's audit question
    String.raw`\b(match\w*|line up|lines up|cuadra\w*|coincid\w*|recalcul\w*|reported by|reportad[oa] por)\b[^.?!]{0,60}\b(irs|federal)\b|\b(irs|federal)\b[^.?!]{0,60}\b(match\w*|line up|lines up|cuadra\w*|coincid\w*|recalcul\w*)\b`,
    String.raw`\b(quit\w*|tom\w*|toc\w*|toqu\w*|cog\w*|coj\w*|retuv\w*|reten\w*|agarr\w*|embarg\w*|aplic\w*|desc[oa]nt\w*|us[aeo]\w*|evit\w*|menos|incomplet[oa])\b[^.?!]{0,40}\b(reembolso|devolucion|refund)|\b(reembolso|devolucion|refund)\b[^.?!]{0,40}\b(quit\w*|tom\w*|cogid\w*|retuv\w*|retenid\w*|agarr\w*|embargad\w*|aplicad\w*|descontad\w*|usad[oa]|menos|incomplet[oa])\b`,
    // A refund beside a debt, or beside paying one off, is an offset question
    String.raw`\b(refund|reembolso|devolucion)\b[^.?!]{0,50}\b(debt|owe|owed|owing|balance|deuda|debo|debemos|debiendo|adeudo|saldo|saldar|liquidar|pago todo|pagar todo)\b|\b(debt|owe|owed|owing|balance|deuda|debo|debemos|debiendo|adeudo|saldo|saldar|liquidar|pago todo|pagar todo|pay (it )?(all|everything|off|in full)|paying (it )?(all|everything|off|in full))\b[^.?!]{0,50}\b(refund|reembolso|devolucion)\b|\b(carta|aviso) de intencion\b`,
    // A notice's debt, a sentence away from a federal refund it may take
    String.raw`\b(notice|letter|bill|aviso|carta)\b[^?!]{0,40}\b(owe|owed|owing|debo|debt|deuda)\b[^?!]{0,100}\bfederal refund\b`,
    // Connecticut's larger towns
    String.raw`\b(hartford|new haven|bridgeport|stamford|waterbury|norwalk|danbury|new britain|meriden|bristol|greenwich|milford|middletown|norwich|new london|east hartford|manchester)\b`,
  ].join('|'),
);

/**
 * Another creditor or public office: a town's tax, fine or licence, a utility, a lender, a landlord,
 * an insurer, a benefits or support office. A DRS debt can come up beside them, so these count
 * only when nothing in the question names Connecticut's taxes.
 */
const OTHER_CREDITOR = new RegExp(
  [
    String.raw`\b(property|car|motor vehicle|real estate) tax (assessments?|rates?|appeals?|bills?)\b|\b(tax )?assessor\b|\b(town|city|municipal) (hall|clerk)\b|\bmy (town|city)\b`,
    String.raw`\b(parking|speeding|traffic) (ticket|fine)s?\b|\b(fishing|hunting|drivers?|liquor|marriage) licen[cs]es?\b|\bdmv\b`,
    String.raw`\b(electric|electricity|utility|utilities|gas|cable|water|phone|cell phone|internet) (bill|company|provider)s?\b|\beversource\b`,
    String.raw`\b((hospital|medical|doctor|dental|ambulance) (bills?|debts?)|(private )?debt collectors?|landlord|security deposit|student loans?|mortgages?|car loan|auto loan|payday|credit card (company|debt|bill|charge)s?|bitcoin|crypto\w*)\b`,
    String.raw`\b(child support|alimony|health insurance|insurance (company|claim)|social security (disability|benefits?|office|administration|card|number)|ssa office|ssdi|ssi|disability (claim|denial|benefits?)|unemployment (benefits?|insurance|claim)|medicaid|snap|food stamps)\b`,
    String.raw`\b(passports?|citizenship|naturali[sz]ation|immigration|green card|visas?|consulates?|car insurance|auto insurance)\b`,
    // A town's or city's own tax and its collector
    String.raw`\b(town|city|municipal)( of [a-z]+( [a-z]+)?)?\b[^.?!]{0,40}\b(tax|taxes)\b|\b(car|motor vehicle|vehicle|property|real estate) tax(es)?\b`,
    // The interest a bank pays, or a loan charges
    String.raw`\binterest rates? (on|for) (a |an |my |the )?(savings|cds?|certificates?|mortgages?|car|auto|student|personal|home|loans?|credit cards?|money market)\b|\b(savings|money market|cd) (account )?(interest|rates?)\b`,
    String.raw`\b(cuentas? de ahorros?|ahorros|certificados? de deposito)\b[^.?!]{0,30}\b(paga|pagan|da|dan|rinde|rinden)\b`,
    // Savings, loans, private liens, memberships, courts and other agencies' overpayments
    String.raw`\b(401 ?k|iras?|early withdrawal|certificate of deposit|hoa|condo (fees|association)|homeowners? association|mechanics? lien|gym|membership|library|court fines?|superior court|overpaid unemployment|unemployment overpayment|dol|itin|stimulus|repossess\w*|loans?|personally guaranteed)\b|\bcontractor[^.?!]{0,40}\blien\b`,
    // Spanish
    String.raw`\b((town|pueblo|municipio|ciudad) de [a-z]+|(el|del) (town|pueblo|municipio)|(property|car) tax|impuestos? (de|a la|sobre la) propiedad|(tax|impuesto) del (carro|auto|coche)|tax collector)\b`,
    String.raw`\b(sobregiros?|overdrafts?)\b|\bel banco me cobr\w*|\btarjetas? de credito\b[^.?!]{0,30}\b(embarg\w*|demand\w*|cobr\w*)|\b(embarg\w*|demand\w*)\b[^.?!]{0,30}\btarjetas? de credito\b`,
    String.raw`\b(apply|applying|sign up|file|filing) (for )?(an? )?unempl\w*( benefits| claim)?\b|\bmedicare\b|\bsocial security statements?\b|\b(pido|pedir|solicito|solicitar|aplicar|aplico|aplicar para) (el |al |para el )?(desempleo|unemployment)\b`,
    // Filing for bankruptcy itself (a court's matter), or garnishing someone else's wages
    String.raw`\bhow (do|can|could|should) (i|we) (file|apply) for (chapter \d+ |personal )?bankruptcy\b|\b(como|donde) (me declaro|declararme|puedo declararme|hago para declararme) en (bancarrota|quiebra)\b|\b(how (do|can|could) (i|we)|can (i|we)) garnish\b|\bgarnish (my |a |the )?(former |ex-? ?)?(tenants?|employees?|customers?|clients?|roommates?)\b`,
    // A bank's own hold on a card, or on an account over a card or a disputed charge
    String.raw`\b(froze|frozen|freez\w*|locked|closed|held)\b[^.?!]{0,40}\b(over|because of|for|due to) (a |an |my |the |some )?(disputed|fraud\w*|chargeback|credit card|overdraft|suspicious|unpaid credit)\b|\bdisputed (charge|transaction)s?\b`,
    // A hospital's or doctor's own bill or payment plan
    String.raw`\b(hospital|clinic|doctors? office|dentist|ambulance)\b[^.?!]{0,40}\b(payment plan|installments?|bill|offered)\b|\b(hospital|clinica|medico|dentista|ambulancia)\b[^.?!]{0,40}\b(factura|cuenta|plan de pagos?|payment plan|me ofrecio)\b|\bfacturas? (del|de la|de) (hospital|medico|clinica|dentista)\b`,
    String.raw`\b(debit|credit|atm|bank) cards?\b[^.?!]{0,40}\b(froze|frozen|locked|blocked|stolen|lost|fraud)\b|\b(froze|frozen|locked|blocked)\b[^.?!]{0,20}\b(debit|credit|atm) cards?\b`,
    String.raw`\b(401 ?k|hoa|condominio|gym|gimnasio|multas? de la corte|itin|stimulus|estimulo|husky|aseguranza|prestamos?( estudiantiles)?)\b|\bcontratista[^.?!]{0,40}\blien\b|\blien\b[^.?!]{0,40}\bcontratista\b|\b(desempleo|unemployment|dol)\b[^.?!]{0,40}\bpagaron de mas\b|\bsobrepagos? (de|del) (desempleo|unemployment)\b|\bel labor\b(?! day)`,
    // Credit bureaus; a Social Security payment that is late
    String.raw`\b(equifax|experian|transunion|credit freeze|freez\w* (my |your |our )?credit)\b|\bsocial security (checks?|payments?|deposits?|benefits?) (is |are |was |were |has been |came |comes )?(late|missing|delayed|not (here|in|arrived))\b`,
    // When to draw Social Security; where to save; Massachusetts' car excise
    String.raw`\b(start|begin|when can i|when am i allowed to|apply for|applying for) (start )?(collecting|drawing|getting|receiving|taking|claiming) (my )?social security\b|\bsocial security (retirement|age)\b|\bfull retirement age\b`,
    String.raw`\bhigh[- ]yield\b|\bbest (savings|bank|checking|cds?|interest rates?|credit cards?)\b|\b(open|opening) (a |an )?(savings|checking|bank) (account|acct)\b|\b(mass|massachusetts) (excise|dor|rmv)\b|\bexcise tax bill\b`,
    // Money sent abroad; wages an employer will not pay (the labour department's matter)
    String.raw`\b(western union|moneygram|remesas?|remittances?|giros? (de dinero|internacionales?)|(mandar|enviar|send|wire) (dinero|plata|money) (a|pa|to) (mi familia|my family|otro pais|another country|abroad|overseas|honduras|guatemala|mexico|el salvador|colombia|ecuador|peru|republica dominicana|jamaica|brasil|brazil))\b`,
    String.raw`\b(horas extras?|overtime|tiempo extra)\b[^.?!]{0,40}\b(no me (las |lo )?(quiere |quieren )?pag\w*|unpaid|(didnt|doesnt|wont|not|never) pa(y|id))\b|\b(no me (quiere |quieren )?pag\w*|(didnt|doesnt|wont|not|never) pa(y|id)( me)?( for)?( my)?)\b[^.?!]{0,20}\b(las |mis |the |my )?(horas extras?|overtime|tiempo extra)\b|\bwage theft\b|\bunpaid wages\b|\bsalarios? (no pagados?|que no me pagaron)\b`,
    String.raw`\b(deport\w*|pasaportes?|ciudadan[oa]s?|ciudadania|inmigracion|green card|consulados?|seguro (de|del) (mi )?(carro|auto|coche)|multas? de (estacionamiento|transito)|licencia de (manejar|conducir)|seguro social)\b`,
    String.raw`\b(impuestos? (a la|de la|sobre la) propiedad|impuesto predial|prestamo estudiantil|hipoteca|casero|arrendador|deposito de seguridad|manutencion|pension alimenticia|seguro medico|factura de (luz|electricidad|gas|agua|telefono))\b`,
    String.raw`\b(la|mi) tarjeta( de credito)? (me|nos) (mando|mandaron|manda|cobra|cobran|cobro|demand\w*|reporto|envio)\b|\b(deudas? (de|con) (la |mi |una )?tarjeta|(compania|banco) de (la |mi )?tarjeta|(beneficios|cheques?|reclamos?|solicitud|oficina) (de|del) (desempleo|unemployment)|el (desempleo|unemployment)( de ct| de connecticut)? no me)\b`,
  ].join('|'),
);

/** Signs a question names Connecticut's taxes, beside another creditor ("the state took my refund for my student loan"). */
const STATE_TAX = new RegExp(
  [
    String.raw`\b(drs|revenue services|department of revenue|revenue (department|dept)|state tax\w*|(ct|connecticut|state) (income |sales |withholding )?tax(es)?|income tax(es)?|tax (bill|debt|notice|refund|balance|return|letter)s?)\b`,
    String.raw`\b(refund|offset\w*|intercept\w*|treasury|fms|priority ?(one|1))\b`,
    String.raw`\b(impuestos? (del estado|estatal(es)?|de connecticut)|departamento de (ingresos|impuestos)|reembolso)\b`,
    String.raw`\b(impuestos?|taxes|deudas?) (de|del|en|con|al|a)( el| la)? (ct|connecticut|estado|drs)\b`,
    // Taxes owed, which from a DRS assistant are Connecticut's unless another office is named
    String.raw`\bback taxes\b|\b(owe|owed|owing) (state|taxes|connecticut|ct)\b|\b(pay|paying|paid) (my |our |the )?tax(es)?\b|\bpenali[sz]ed\b|\b(pay|paying|paid|file|filing|filed) (it |them |everything |ct |connecticut |the state |drs )?late\b|\b(pagar|pague|pagando) (mis |los )?(impuestos|taxes)\b`,
    String.raw`\b(deb\w*( de)?|deudas? de|por|atrasad[oa]s? en( los)?) (impuestos|taxes)\b|\bimpuestos (atrasados|que debo|que debemos|sin pagar)\b|\bel estado\b[^.?!]{0,30}\b(quit\w*|embarg\w*|tom\w*|cobr\w*|reten\w*|aguant\w*)`,
    // Connecticut's tax penalties, liens and collection, however named
    String.raw`\b(connecticuts?|ct|tax|taxes) (penalt\w*|interest|department|dept|office|people|collections?|liens?|debts?|bills?)\b|\b(waive\w*|remove\w*|forgive\w*) (the |my |a |any )?(tax )?penalt\w*|\bpenalt\w* (waived|waiver|removed|forgiven)\b|\breasonable cause\b|\blate[- ](payment )?penalt\w*|\bpenalty (waiver|relief|abatement)\b|\blien\b[^.?!]{0,40}\b(release\w*|filed|registered|recorded)\b|\b(release|filed|recorded) [^.?!]{0,20}\blien\b`,
    String.raw`\b(the state|r ?859|this (bill|notice|letter)|hardship (request|waiver)|to state|del estado|al estado|estatal(es)?)\b|\bstate (charged|says|said|sent|wants|took|billed)\b|\b(business|sales|withholding|income) (or |and )?(property )?tax(es)?\b|\bwhy (i|we) (got|get|received)\b|\b(ct|connecticut) (says?|said|sent|wants|claims?)\b|\bto (ct|connecticut)\b`,
    String.raw`\b(cobr\w*|quit\w*|embarg\w*) el estado\b|\b(deuda|debo|debe|debemos|le debo)\b[^.?!]{0,30}\b(state|estado|ct|connecticut)\b|\b(el|al|del) state\b|\bgravamen(es)?\b|\blien\b[^.?!]{0,40}\b(registr\w*|liber\w*)|\b(liberacion|registro) (de|del) lien\b|\bse registro la liberacion\b|\bmultas? (de|por) (impuestos|taxes)\b|\b(mis|los) taxes\b`,
    // A benefit taken for a debt is a collection question (the offsets entry answers it)
    String.raw`\b(take|took|taking|taken|garnish\w*|levy|seize\w*|keep|grab\w*|touch|intercept\w*)\b[^.?!]{0,30}\bsocial security\b|\b(quit\w*|embarg\w*|tom\w*|agarr\w*|reten\w*|retuv\w*)\b[^.?!]{0,30}\bseguro social\b`,
  ].join('|'),
);

/**
 * A question plainly about another tax office (the IRS's own collection, another state's taxes) with nothing tying it to Connecticut: no DRS entry answers it, however many
 * words it shares with one ("IRS installment agreement" is not a DRS payment plan).
 */
/** Misspelled refunds ("refun", "rembolso") read as refunds, so a taken refund still ties a question to Connecticut. */
const withRefundsSpelled = (text: string): string => text.replace(/\b(refun|refunt|refound|refnd)\b/g, 'refund').replace(/\b(rembolso|reenbolso|reembolzo|reembols)\b/g, 'reembolso');

/** A refund taken for a private debt (a credit card, a hospital): no tax office's offset. */
const FOR_PRIVATE_DEBT =
  /\b(for|por|because of|due to|to pay|para pagar|pa pagar) (a |an |my |some |old |una |mi |la |el )?(deuda (de|del) (la |una |mi )?)?(credit card|tarjetas? de credito|payday|car loan|prestamo (personal|del carro|de carro)|private)( debt| bill| loan| deuda| factura)?\b/;

/** A lien a condominium or homeowners' association puts on a home: a private creditor's, not DRS's. */
const ASSOCIATION_LIEN =
  /\b(the bank|my bank|the lender|the dealer|el banco|la financiera|el dealer|el prestamista)( me| le| nos)? (put|placed|filed|puso|metio|registro)( a| an| un)? (liens?|gravamen(es)?)\b|\b((condo|condominium|homeowners?) association|hoa|asociacion( del? condominio| de (duenos|propietarios|vecinos|residentes))?)\b[^.?!]{0,40}\b(liens?|gravamen(es)?)\b|\b(liens?|gravamen(es)?)\b[^.?!]{0,40}\b((condo|condominium|homeowners?) association|hoa|asociacion)\b/;

export function isAboutAnotherTaxOffice(question: string): boolean {
  const text = withRefundsSpelled(plainWords(question));
  if (FOR_PRIVATE_DEBT.test(text) && /\b(refund|reembolso|devolucion)\b/.test(text)) return true;
  if (ASSOCIATION_LIEN.test(text)) return true;
  // A Connecticut tax question outside collection ("I live in CT and work in New York: where do I file?") is DRS's to answer.
  if (/\b(connecticut|ct)\b/.test(text) && isOutsideCollections(question)) return false;
  const collector = asCollector(text);
  return (ELSEWHERE.test(collector) && !CONNECTICUT.test(withoutOtherStatesStateWords(collector))) || (OTHER_CREDITOR.test(text) && !STATE_TAX.test(withoutTownTax(text)));
}

const OTHER_STATE_NAMED = new RegExp(String.raw`\b(${OTHER_STATES})\b`);
const MOVED_TO_OTHER_STATE = new RegExp(String.raw`\b(moved|move|moving|relocated|live|living|lived|reside|residing|now in|me mude|me mudé|vivo en|vivia en) (to|in|from|a|en|de)? ?(${OTHER_STATES})\b`, 'g');
const GENERIC_STATE_WORDS = /\b(the )?states?\b( (debts?|tax(es)?))?|\b(el|al|del) estado\b|\bestatal(es)?\b/g;

/** "Does New Jersey have a program for state taxes": with another state named (not as where one lives), "the state" is that one. */
function withoutOtherStatesStateWords(text: string): string {
  return OTHER_STATE_NAMED.test(text.replace(MOVED_TO_OTHER_STATE, ' ')) ? text.replace(GENERIC_STATE_WORDS, ' ') : text;
}

/** Another state as where one travels or family lives ("I'll be at my sister's in Maine"): not a tax office. */
const TRAVEL_TO_OTHER_STATE = new RegExp(
  String.raw`\b((visit\w*|vacation\w*|trip to|travel\w*( to)?|(be|am|was|staying|stay)( away)? (in|at|with)|(mom|mother|dad|father|parents|sister|brother|daughter|son|kids|family|relatives|friend)s?( house| place| home)? in|visitando|de viaje (en|a)|de vacaciones en|(mi|mis) (mama|papa|padres|hermana|hermano|hija|hijo|familia) (en|que vive en))\b[^.?!]{0,30}?)\b(${OTHER_STATES})\b`,
  'g',
);

/** "El estado de Nueva York": another state's own name, in Spanish. */
const OTHER_STATE_NAMED_ESTADO = new RegExp(String.raw`\b(el |del |al )?estado de (${OTHER_STATES})\b`, 'g');

/**
 * Where the taxpayer lives, another state's own name ("New York State"), a holiday's ("Washington's
 * Birthday") or Connecticut named only to be set aside ("from the IRS, not the state") says nothing of who collects.
 */
function asCollector(text: string): string {
  return text
    .replace(/\b(washington'?s? (birthday|day)|cumplea(n|ñ)os de washington|lincoln'?s? (birthday|day))\b/g, ' ')
    .replace(/\b(here in|live in|living in|lived in|moved (here )?to|move to|reside in|resident of|work in|working in|vivo en|vivimos en|resido en|trabajo en|aqui en) (ct|connecticut)\b/g, ' ')
    .replace(/\b(not|no|nothing to do with|nada que ver con)( es)?( from| de)?( the| el| del)? (state|estado|ct|connecticut|drs)\b/g, ' ')
    .replace(TRAVEL_TO_OTHER_STATE, ' ')
    .replace(OTHER_STATE_NAMED_STATE, '$1')
    .replace(OTHER_STATE_NAMED_ESTADO, ' $2');
}

/** A town's own tax ("my car tax bill from the city") is not Connecticut's. */
function withoutTownTax(text: string): string {
  return text.replace(
    /\b(car|motor vehicle|vehicle|property|real estate|town|city|municipal|excise) tax(es)?( (bills?|collectors?|debts?|notices?|letters?|balances?))?\b|\btax collectors?\b|\b(por )?(taxes|impuestos?) (de|de la|a la|sobre la|del) (propiedad|carro|auto|coche|casa|vehiculo)\b|\bimpuesto predial\b/g,
    ' ',
  );
}

/**
 * Connecticut tax matters outside what this assistant covers (balance due notices, collection,
 * offsets, plans, penalties and interest): tax rates and what is taxed, filing deadlines, a filed
 * return's refund, property assessments, permits and credits. DRS answers them; this assistant
 * gives the honest fallback and DRS's contacts.
 */
const OUTSIDE_COLLECTIONS = new RegExp(
  [
    String.raw`\b(tax|sales tax|income tax|meals? tax|estate tax|gift tax|cigarette tax|gas tax|mill) (rates?|brackets?)\b|\b(what|which) (tax )?bracket\b`,
    String.raw`\b(pay|charge|collect) (the )?(sales|meals?|use) tax on\b|\btaxable\b|\b(is|are) [a-z0-9 ]{1,40} taxed\b|\b(does|do) (connecticut|ct|the state) tax (my|your|our|a|an|the)\b`,
    String.raw`\b(deadline|due date|last day) (to|for) fil(e|ing)\b|\bfiling (deadline|due date)s? (for|of) (a |the |my |our |this years? )?(\d{4} )?(ct |connecticut |state )?(income )?(tax )?returns?\b|\bpass[- ]through( entity)? tax\b|\bwhen (is|are) [a-z0-9 ]{0,40}returns? due\b`,
    // How to file a return at all (not a late or missing one)
    String.raw`\b(which|what) (tax )?forms?\b[^.?!]{0,30}\bfile\b[^.?!]{0,40}\breturn\b|\b(return|returns) due date\b|\bdue date (for|of) (my |the |a |this years? )?(ct |connecticut |state )?(income tax )?returns?\b|\bhow (do|can|should) (i|we) file (my|our|a|the) (first )?(ct |connecticut |state )?(income )?(tax )?return\b|\bfil(e|ing) (my|our|a) first\b|\bfil(e|ing)\b[^.?!]{0,40}\bfirst time\b`,
    String.raw`\b(wheres|where is|status of|check on|check|track|when will i get|how long (until|till|does it take to get|for)) (my |the )?(ct |connecticut |state )?(tax |income tax )?refund\b`,
    String.raw`\b(still )?(dont|do not|havent|have not) (have|got|gotten|received|seen) (my |the |our )?(ct |connecticut |state )?(tax |income tax )?refund\b`,
    String.raw`\brefund\b[^.?!]{0,30}\bhow long\b[^.?!]{0,20}\b(after|since|from) (i |we )?(e-? ?fil\w*|fil(e|ed|ing)|submit\w*|sen[dt]\w*)\b|\bhow long\b[^.?!]{0,20}\b(after|since) (i |we )?(e-? ?fil\w*|fil(e|ed|ing))\b[^.?!]{0,30}\brefund\b`,
    String.raw`\b(property|home|house) assessments?\b|\bassessment appeals?\b`,
    String.raw`\b(sales( and use)? tax|sellers?|use tax) permits?\b|\b(earned income (tax )?credit|eitc|child tax (credit|rebate)|property tax credit|renters? rebate)\b`,
    // Amending a return, the tax on a salary, a tax credit
    String.raw`\bamend\w*\b[^.?!]{0,40}\breturns?\b|\b(enmendar|enmiendo|corregir) (mi |la )?declaracion\b|\bhow much (ct |connecticut |state )?(income )?tax(es)? (will|would|do|should|must) (i|we) pay on (a |my |an |our )?\$?[\d,.]+k? ?(salary|income|a year|per year|wages?)?\b|\bcredito (tributario|por hijos|por ingreso)\b`,
    // Estimated payments' due dates, another kind of return, a clearance letter, an employer's W-2
    String.raw`\bwhen (are|is) (the |my |ct |connecticut )*estimated (tax )?payments? due\b|\bestimated (tax )?payments? due dates?\b|\bcuando (vencen|vence|se pagan|hay que pagar) (los )?pagos estimados\b`,
    // Having one's taxes done
    String.raw`\b(help|helps|helping)( me| us)? (to )?(do|doing|file|filing|prepare|preparing|fill out|with) (my |our )?(taxes|tax returns?|returns?)\b|\bfree tax (prep|preparation|help|filing)\b|\bvita\b|\b(quien|donde|alguien)\b[^.?!]{0,30}\b(hac\w*|hag\w*|prepar\w*|llen\w*|ayud\w*)\b[^.?!]{0,20}\b(mis|los|la|mi) (taxes|impuestos|declaracion)\b(?! (atrasad|vieja|pendiente))|\b(hacer|preparar) (mis |los )?(taxes|impuestos) gratis\b`,
    String.raw`\b(nonresident|non-resident|part[- ]year( resident)?) (state )?(income )?(tax )?returns?\b|\bdeclaracion (de )?no residente\b`,
    String.raw`\b(tax )?clearance (letter|certificate)\b|\bcertificate of good standing\b|\b(carta|certificado) de (buen estado|no adeudo|solvencia)\b`,
    String.raw`\b(copy|copies|replacement) of (my |a |the )?(w-?2|1099)s?\b|\b(w-?2|1099)s?\b[^.?!]{0,40}\b(lost|missing|never (got|came|sent)|went out of business|old employer)\b|\bcopia de (mi |la |el )?(w-?2|1099)\b`,
    String.raw`\b(what|how much) is (the |ct'?s |connecticut'?s )?minimum wage\b|\bminimum wage (rate|amount)\b|\bcuanto es el (salario|sueldo) minimo\b`,
    // Whether Connecticut taxes a kind of income; a copy of an old return; a W-2 an employer never sent
    String.raw`\b(does|do|will|would) (connecticut|ct|the state) tax (?!(debts?|bills?|notices?|refunds?|balances?|liens?|penalt\w*|letters?|department|dept|office|people|collections?|payments?|plans?)\b)[a-z]`,
    String.raw`\b(copy|copies|transcripts?) of (my |a |the |our |an )?(old |prior |past |previous |last years? )?(ct |connecticut |state )?(income )?(tax )?returns?\b|\b(tax )?return transcripts?\b|\bcopia (de|del) (mi |la |una |las |mis )?(declaracion|planilla)s?\b`,
    String.raw`\b(never|didnt|did not|hasnt|has not|havent|have not|wont|will not) (sent|send|gave|give|given|got|gotten|get|received|mailed|issued)( me| us)?( my| a| the| our)? (w ?-?2|1099)s?\b|\bno me (ha |han )?(mando|mandaron|mandado|dio|dieron|dado|envio|enviaron|enviado|llego|llegado)\b[^.?!]{0,20}\b(w ?-?2|1099)s?\b`,
    // An account's own matters: a new address, a PIN or password; what taxable income is; unclaimed property; wages paid in cash
    String.raw`\b(change|changing|update|updating|correct)\w* (my |our |the )?(mailing |home |street )?address\b|\b(cambi|actualiz|correg)\w* (mi |la |de )?direccion\b`,
    String.raw`\b(get|reset|forgot|forget|lost|recover|change|create|obtain|need)\b[^.?!]{0,20}\b(a |my |the |new )?(pin|password|passcode|username|user ?id)\b|\b(consigo|conseguir|saco|sacar|olvide|perdi|cambiar|recuperar|necesito)\b[^.?!]{0,20}\b(la |mi |el |un |una )?(contrasena|clave|pin|usuario)\b`,
    String.raw`\b(what is|whats|que es|cual es)( el| la)? (ingreso (tributable|gravable|bruto)|(taxable|gross|adjusted gross) income)\b|\bingreso bruto (e|y|vs|versus) (el )?ingreso (tributable|gravable)\b|\bgross (and|vs|versus) taxable income\b`,
    String.raw`\b(en )?(que|cual) estado (tengo que|debo|hay que|me toca) (declarar|presentar|pagar|radicar)\b|\bwhich state (do|should|must) (i|we) (file|pay)( in| taxes)?\b|\b(impuestos? (sobre|a|de) la herencia|inheritance tax(es)?|estate tax(es)?)\b`,
    String.raw`\bppp\b|\bpaycheck protection\b|\b(how much|cuanto)\b[^.?!]{0,30}\b(cobra|cobran|charge|charges|cost|costs)\b[^.?!]{0,30}\b(preparador|preparer|contador|accountant|cpa|tax pro)\b`,
    String.raw`\bunclaimed (property|funds|money)\b|\b(propiedad(es)?|dinero|fondos|plata) no reclamad[oa]s?\b`,
    String.raw`\b(pays?|paid|paying) (me|us) (in )?cash\b|\bme (paga|pagan|pagaba|pagaban) (en )?(cash|efectivo)\b`,
    // Other taxes and their parts: the conveyance tax, capital gains, deductions, a form's lines
    String.raw`\b(real estate )?conveyance tax(es)?\b|\bcapital gains?\b|\bganancias? (de|del) capital\b|\bimpuesto (a|sobre|por) la (venta|ganancia) de (mi |la |una |nuestra )?(casa|propiedad|vivienda)\b`,
    String.raw`\b(can|could|may|should) (i|we) (deduct|itemize|write off)\b|\b(is|are)\b[^.?!]{0,40}\b(tax )?deductible\b|\b(standard|itemized) deductions?\b|\b(puedo|podemos|se puede|se pueden|como) (deducir|reclamar como deduccion)\b|\b(es|son) deducibles?\b|\bdeduccion (estandar|detallada)\b`,
    String.raw`\b(what|que|which)( do i| should i| to)? (put|write|enter|pongo|escribo|lleno|va|van)\b[^.?!]{0,20}\b(on|in|en) (the |la |el )?(line|linea|renglon|casilla|box|encasillado)s?\b|\b(line|linea|renglon|casilla|box) \d+[a-z]? (of|on|in|del|de la|de mi|en) (the |my |el |la |mi )?(ct-?1040\w*|1040\w*|forms?|formularios?|returns?|declaracion|planilla)\b`,
    // Spanish
    String.raw`\b(tasas?|porcentajes?) (del |de |de la |de los )?(sales |income )?(impuestos?|tax(es)?)|\b(cuanto|cual) es el (impuesto de ventas|impuesto sobre las ventas|sales tax)\b|\bcuanto es el tax\b|\b(cobra|cobran) (impuestos|taxes) (al|a la|a los|por|sobre)\b|\b(paga|pagan) (impuestos|taxes) en (ct|connecticut)\b`,
    String.raw`\bcomo (presento|hago|lleno|preparo|radico) (mi|la|una) (declaracion|planilla)\b(?! (atrasad|pendiente|vieja|que no|de 20))|\bpor primera vez\b[^.?!]{0,30}\bdeclaracion\b|\bcuando (vence|se vence|hay que presentar|tengo que presentar) (la |mi )?declaracion\b|\bdeclaracion\b[^.?!]{0,30}\bpor primera vez\b`,
    String.raw`\b(donde esta|estatus de|status de|estado de) (mi|el) (reembolso|refund)\b|\bcuando (me )?llega (mi|el) (reembolso|refund)\b|\b(todavia|aun) no (me )?(ha )?(llega\w*|recib\w*)\b[^.?!]{0,30}\b(reembolso|refund)\b|\bcuanto (se )?(tarda|demora) (mi|el) reembolso\b`,
    String.raw`\bfecha (limite )?(para|pa) (presentar|declarar|hacer) (la declaracion|los taxes|mis taxes|los impuestos|mis impuestos)\b|\bcredito por ingreso del trabajo\b|\bpermiso de (impuesto (de|sobre las) )?ventas\b|\bregistr\w* (mi |el |un )?negocio\b|\bcobrar (el )?(sales tax|impuesto de ventas)\b`,
  ].join('|'),
);

/** Words of collection, notices, offsets, plans, penalties and interest, or a deadline's weekend: the assistant's own ground after all. */
const COLLECTION = new RegExp(
  [
    String.raw`\b(balance due|notices?|bills?|billed|letters?|owe|owed|owing|debts?|offset\w*|took|taken|take|kept|intercept\w*|applied|withheld|penalt\w*|interest|payment plans?|installment|liens?|levy|garnish\w*|collect\w*|priority ?(one|1)|weekend|holiday|saturday|sunday|claim|three years|3 years|protest|dispute|review|hearing|waiver|extensions?|8379|injured spouse)\b`,
    String.raw`\b(aviso|avisos|carta|cartas|deuda|deudas|debo|debe|debemos|compens\w*|disput\w*|revision|prorroga|quit\w*|multa\w*|recargo\w*|interes\w*|plan de pagos|embarg\w*|gravamen|cobro\w*|fin de semana|feriado|reclamar|tres anos)\b`,
  ].join('|'),
);

/** A check that bounced, in English or Spanish. */
const BOUNCED_CHECK = String.raw`((bounced?|bouncing|returned|nsf|rubber) checks?|checks?\b[^.?!]{0,30}\b(bounces?|bounced)|cheques? (rebotados?|devueltos?|sin fondos)|rebot\w*\b[^.?!]{0,30}\bcheques?|cheques?\b[^.?!]{0,30}\brebot\w*)`;
/** A penalty, fee or charge. */
const CHARGE = String.raw`(penalt\w*|fees?|charges?|multas?|cargos?|cobra\w*)`;

/**
 * Questions on collection that the sources never answer, however many words of collection they
 * hold: how many years DRS has to collect a debt (not the 3 years to claim a refund), and interest
 * paid to the taxpayer on a late refund.
 */
const UNANSWERED_ON_COLLECTION = new RegExp(
  [
    String.raw`\bstatute of limitations?\b(?![^.?!]{0,30}\b(refund|claim)s?\b)|\bhow (many|long)( years?)? (does|do|can|will) (drs|the state|connecticut|ct|they) (have to )?(collect|go after|chase|pursue)\b|\b(debts?|back taxes) (ever )?(expire|fall off)\b`,
    String.raw`\bprescri(b|p)\w*(?![^.?!]{0,40}\b(reembolso|devolucion|refund)s?\b)|\bcuantos anos (tiene|tienen|puede|pueden) (el drs|el estado|ellos)? ?(pa|para) cobrar\w*|\b(deudas?) (se )?(vencen?|caducan?|expiran?)\b`,
    String.raw`\b(pay|pays|paid|give|gives|add|adds|owe|owes) (me |us )?(any )?interest\b[^.?!]{0,40}\brefunds?\b|\brefunds?\b[^.?!]{0,40}\b(pay|pays|paid|give|gives|add|adds|owe|owes) (me |us )?(any )?interest\b|\binterest on (a |my |our )?(late|delayed|slow) refunds?\b|\brefunds?\b[^?!]{0,80}\binterest( rate)?\b[^.?!]{0,30}\b(owe|owes|pay|pays|give|gives) (me|us)\b`,
    // Whether interest a taxpayer earned (on savings, a bond) is taxed
    String.raw`\binterest (i |we )?(earned|earn|earns|received|receive|got|get|made|make)\b[^?!]{0,40}\b(taxable|taxed|tax)\b|\b(taxable|taxed)\b[^?!]{0,40}\binterest (i |we )?(earned|earn|received)\b|\bintereses? (que )?(gane|gano|recibi|me (paga|pago|dio|da) el banco)\b[^?!]{0,40}\b(tributa\w*|impuestos?|taxes)\b`,
    // The penalty or fee for a bounced check, said before or after it (what a bounced plan payment does to the plan is answered)
    String.raw`\b${CHARGE}\b[^?!]{0,60}\b${BOUNCED_CHECK}|\b${BOUNCED_CHECK}\b[^?!]{0,60}\b${CHARGE}\b`,
    String.raw`\b(me |nos )?(paga|pagan|pague|paguen|da|dan|de|den) (algo de |algun )?interes(es)?\b[^.?!]{0,40}\b(reembolso|refund)|\b(reembolso|refund)\b[^.?!]{0,60}\b(me |nos )(paga|pagan|da|dan) (algo de |algun )?interes(es)?\b|\binteres(es)? (me |nos )(paga|pagan|da|dan)\b[^.?!]{0,60}\b(reembolso|refund)`,
  ].join('|'),
);

/** A Connecticut tax question outside collection (a tax rate, a filed return's refund), with no word of collection in it. */
export function isOutsideCollections(question: string): boolean {
  // Claiming a tax credit is not a refund claim
  const text = withRefundsSpelled(plainWords(question)).replace(/\bclaim(ing|ed)?\b(?= (the |my |a |an )?([a-z]+ ){0,4}credit\b)/g, 'get');
  if (UNANSWERED_ON_COLLECTION.test(text)) return true;
  // A clearance letter is not a notice
  return OUTSIDE_COLLECTIONS.test(text) && !COLLECTION.test(text.replace(/\bclearance letters?\b/g, 'clearance'));
}
