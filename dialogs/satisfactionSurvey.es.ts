import type { Rating } from '../src/satisfaction/ports.js';
import type { PromptChoice } from './choicePromptOptions.js';
import type { SurveyTexts } from './satisfactionSurvey.js';

// The satisfaction survey in Spanish; the English words work too.

const SKIP: PromptChoice = { value: 'Omitir', synonyms: ['saltar', 'no gracias', 'no, gracias', 'ahora no', 'paso', 'omitirla', 'skip'] };

export const surveyTextsEs: SurveyTexts = {
  ratingQuestion: '¿Cómo calificaría este chat? Elija de 1 (malo) a 5 (muy bueno). Puede omitir esta pregunta.',
  smsRatingQuestion: '¿Cómo calificaría este chat? Responda un número de 1 (malo) a 5 (muy bueno), u OMITIR.',
  savedCallQuestion: '¿Este chat le ahorró una llamada al DRS?',
  thanks: 'Gracias. Sus respuestas ayudan al DRS a mejorar este servicio.',
  skipped: 'Está bien. Haga otra pregunta cuando quiera, o escriba "menú".',
  skip: SKIP,
  savedCall: [
    { value: 'Sí', synonyms: ['si', 's', 'sí me ahorró', 'si me ahorro', 'claro', 'yes'] },
    { value: 'No', synonyms: ['n', 'no me ahorró', 'no me ahorro', 'para nada'] },
    SKIP,
  ],
};

const WORDS: Record<string, Rating> = { uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5 };

/** A rating as Spanish speakers type it: "4 estrellas", "cuatro", "4 de 5". Nothing else counts. */
export function readRatingEs(text: string): Rating | undefined {
  const said = text.trim().toLowerCase().replace(/[.!]+$/, '');
  const match = /^([1-5]|uno|una|dos|tres|cuatro|cinco)(?: ?(?:\/ ?5|de (?:5|cinco)|estrellas?))?$/.exec(said);
  if (!match?.[1]) return undefined;
  return WORDS[match[1]] ?? (Number(match[1]) as Rating);
}
