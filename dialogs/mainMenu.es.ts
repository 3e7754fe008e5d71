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

/** The honest fallback for a question written in Spanish. */
export const fallbackTextEs = [
  'No estoy seguro de poder responder eso, y no quiero adivinar en un tema de impuestos.',
  'Puedo ayudar con avisos del DRS, reembolsos retenidos (offsets), planes de pago, multas e intereses, y el programa Priority One. Por ahora, el resto del asistente está en inglés.',
  `Pruebe a preguntar con otras palabras, elija un tema o llame al DRS al ${drsContacts.phone} (${drsContacts.tollFree}, gratis dentro de Connecticut, fuera del área de Hartford).`,
].join(' ');
