import { commandWords } from '../src/lib/plainText.js';

/** Commands that work inside any dialog. Whole-message commands only, so questions pass through. */
export type Interruption = 'help' | 'cancel' | 'talkToPerson';

const normalize = (text: string) => commandWords(text, "'");

const HELP = /^(help|help me|what can you do|what can you help with|options|ayuda|ayudeme|necesito ayuda|que puedes hacer|que puede hacer|opciones|\?)$/;
const CANCEL =
  /^(cancel|start over|start again|restart|reset|main menu|menu|go back to the menu|quit|exit|never mind|nevermind|menu principal|volver al menu|empezar de nuevo|volver a empezar|comenzar de nuevo|reiniciar|salir|olvidelo|olvidalo)$/;
const PERSON_ES =
  /^(quiero |necesito |me gustaria |puedo )?(hablar|chatear) con (una |un |alguien|el |la )?(persona|humano|agente|representante|alguien|persona real|empleado)?( del drs| de drs| por favor)?$|^(agente|representante|persona|humano|operador)( por favor)?$/;
const PERSON =
  /^(i (want|need|would like|d like) to )?(talk|speak|chat) (to|with) (a |an |someone|somebody|a real )?(person|human|agent|representative|rep|someone|somebody|live agent|real person)?( at drs| please)?$|^(agent|representative|human|real person|operator|live agent|live person)( please)?$/;

export function detectInterruption(text: string | undefined): Interruption | undefined {
  if (!text) return undefined;
  const said = normalize(text);
  if (HELP.test(said)) return 'help';
  if (CANCEL.test(said)) return 'cancel';
  if (PERSON.test(said) || PERSON_ES.test(said)) return 'talkToPerson';
  return undefined;
}
