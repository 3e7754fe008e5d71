import { drsContacts } from '../src/kb/contacts.js';

// HELP in Spanish (AYUDA). The assistant answers in English for now, and says so.

export const helpTextEs = [
  'Escriba su pregunta con sus propias palabras o elija un tema. Por ahora, el asistente responde en inglés.',
  'En cualquier momento, escriba "start over" para volver al menú o "talk to a person" para hablar con el DRS.',
].join('\n\n');

/** SMS AYUDA: what the assistant does, how to move around, the DRS phone number and how to opt out. */
export const smsHelpTextEs = [
  'Asistente virtual del DRS de Connecticut. Respondo preguntas sobre avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One. Por ahora, respondo en inglés.',
  'Escriba su pregunta, responda MENU para ver los temas o AGENT para hablar con una persona.',
  `Llame al DRS al ${drsContacts.phone} (${drsContacts.tollFree}, gratis dentro de Connecticut, fuera del área de Hartford). Responda PARAR para no recibir más mensajes.`,
].join('\n\n');
