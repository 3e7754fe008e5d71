import type { FollowUpChoice } from './faqResponder.js';

// The questions and buttons around a Spanish answer.

export const FEEDBACK_QUESTION_ES = '¿Respondió esto su pregunta?';
export const DID_YOU_MEAN_ES = 'Quiero estar seguro de responder la pregunta correcta. ¿Quiso decir una de estas?';
export const THANKS_TEXT_ES = 'Gracias por decírnoslo. Puede hacer otra pregunta cuando quiera, o escribir "menu".';
export const NOT_HELPFUL_TEXT_ES = 'Lamento que no le haya ayudado. Puede preguntar con otras palabras o hablar con una persona del DRS.';

export const YES_ES: FollowUpChoice = { value: 'Sí', synonyms: ['si', 'yes', 'claro', 'si me ayudo', 'gracias'], does: 'helpful' };
export const NO_ES: FollowUpChoice = { value: 'No', synonyms: ['no me ayudo', 'no mucho', 'la verdad no'], does: 'notHelpful' };
export const PERSON_ES: FollowUpChoice = { value: 'Hablar con una persona', synonyms: ['talk to a person', 'persona', 'agente'], does: 'talkToPerson' };
export const MENU_ES: FollowUpChoice = { value: 'Menú principal', synonyms: ['menu', 'main menu', 'otra cosa', 'ninguna'], does: 'menu' };
