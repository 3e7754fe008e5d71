import type { CollectionAction } from '../src/handoff/caseSummary.js';
import { collectionActionNamesEs } from '../src/render/caseMessages.es.js';

// The collection actions as Spanish speakers name them. Texts are read in lower case and without accents.

export const actionNamesEs = collectionActionNamesEs;

export const NONE_OF_THESE_ES = 'Ninguna de estas';

export const WORDS_ES: Record<CollectionAction | 'none', RegExp> = {
  paymentPlan: /\b(plan(es)? de pagos?|pagos? a plazos|pagos? mensual(es)?|acuerdo de pagos?|arreglo de pagos?)\b/,
  bankLevy:
    /\b(embargo bancario|embargo (de|a|en) (mi |la )?cuenta|orden bancaria|cuenta (de banco |bancaria )?(esta |fue )?(congelada|embargada)|(congelaron|embargaron|vaciaron|quitaron dinero de) (mi|la) cuenta)\b/,
  wageGarnishment: /\b(embargo (de|del|a mi|al) (salario|sueldo|cheque)|(embargan|embargaron|quitan|quitaron|estan quitando|descuentan) (dinero )?(de |del )?(mi |el )?(salario|sueldo|cheque))\b/,
  lien: /\b(gravamen(es)?|lien)\b/,
  offerInCompromise: /\b(oferta de (compromiso|arreglo|acuerdo))\b/,
  other: /\b(otra|otro|otra cosa|algo mas)\b/,
  none: /\b(ninguna|ninguno|ningun|nada)\b/,
};

/** "Listo", "terminé": nothing more than the actions already named. */
export const DONE_WORDS_ES = /^(listo|lista|ya|ya esta|termine|ya termine|eso es todo|es todo|solo esa|solo esas|solo eso)[.!]*$/;
