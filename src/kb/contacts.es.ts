import { drsContacts, priorityOneContacts } from './contacts.js';

// The contact table's numbers as Spanish fixed texts give them.

/** "llame al DRS al 860-297-5962 (1-800-382-9463, gratis dentro de Connecticut, fuera del área de Hartford)" */
export const callDrsSentenceEs = `llame al DRS al ${drsContacts.phone} (${drsContacts.tollFree}, gratis dentro de Connecticut, fuera del área de Hartford)`;

/** The Priority One hotline (and e-mail when asked for), labelled once with the date of the 2020 guidance, as `priorityOneReach` gives it in English. */
export function priorityOneReachEs(options: { voicemail?: boolean; email?: boolean } = {}): string {
  const { phone, email, guidanceDateEs } = priorityOneContacts;
  const hours = 'de lunes a viernes, de 8:30 a.m. a 4:30 p.m.';
  const when = options.voicemail ? `${hours}; fuera de ese horario puede dejar un mensaje de voz` : hours;
  return options.email
    ? `la línea de Priority One al ${phone} (${when}) o el correo ${email} (ambos vigentes al ${guidanceDateEs})`
    : `la línea de Priority One al ${phone} (${when}; vigente al ${guidanceDateEs})`;
}
