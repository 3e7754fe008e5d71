import { drsContacts } from '../kb/contacts.js';

// The SMS opt-out replies in Spanish, for a taxpayer who wrote a Spanish keyword (PARAR, INICIAR...).

export const optedOutTextEs =
  'Ya no recibirá mensajes del asistente virtual del DRS de Connecticut. ' +
  `Responda INICIAR para volver a recibirlos. Si necesita ayuda, llame al DRS al ${drsContacts.phone}.`;

export const optedInTextEs = 'Volverá a recibir mensajes. Por ahora, el asistente responde en inglés. Escriba su pregunta, o MENU para ver los temas.';
