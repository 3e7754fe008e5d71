import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { drsContacts } from '../src/kb/contacts.js';
import { callDrsSentenceEs, priorityOneReachEs } from '../src/kb/contacts.es.js';
import { nextOpening } from '../src/handoff/businessHours.js';
import { waitSentenceEs } from '../src/handoff/queueWait.es.js';
import type { CaseSummary } from '../src/handoff/caseSummary.js';
import { longDate } from '../src/render/format.js';
import { literalMarkdown } from '../src/render/literalMarkdown.js';
import type { HandoffTexts } from './handoffTexts.js';

// The hand-off in Spanish: consent, contact, best time, description, confirmation, case number, and the queue.
// The case keeps the taxpayer's words as typed; only what the assistant says is in Spanish.

dayjs.extend(utc);
dayjs.extend(timezone);

const HOURS = 'de lunes a viernes, de 8:30 a.m. a 4:30 p.m.';

/** "lunes, 23 de noviembre de 2026, a las 8:30 a.m.", in Connecticut time. */
function nextOpeningEs(now: Date): string {
  const time = dayjs(nextOpening(now)).tz('America/New_York');
  return `${longDate(time.format('YYYY-MM-DD'), true, 'es')}, a las ${time.format('h:mm')} ${time.hour() < 12 ? 'a.m.' : 'p.m.'}`;
}

const placeSentence = (position: number, waitMinutes: number | undefined) => `Usted es el número ${position} en la fila.${waitSentenceEs(waitMinutes)}`;

const WHILE_QUEUED =
  'Todo lo que escriba ahora va a su caso. Escriba "¿cuánto falta?" para ver su lugar. Escriba "llámenme" si prefiere que le llamen en vez de esperar aquí. Escriba "retirar solicitud" para salir de la fila, o "terminar chat" para volver al asistente.';

const CONSENT = [
  'Para pasar esto a un representante del DRS, compartiré con el DRS sus respuestas, su nombre, cómo comunicarse con usted y lo que me cuente de su situación. También compartiré lo que calculé para usted, como una fecha límite, y este chat sin números de Seguro Social ni de cuentas.',
  '¿Está de acuerdo?',
].join('\n\n');

const EARLIER = 'Antes, en este chat, calculé lo siguiente. ¿Es sobre el mismo asunto que quiere que revise el DRS? Si no, lo dejaré fuera de su solicitud.';

const BACK = 'Está de nuevo con el asistente: pregúnteme lo que quiera, o escriba "menú".';

/** The phone number and e-mail address as the taxpayer typed them, inside our Markdown. */
/** "al teléfono …", "al correo …": Spanish names the kind of contact before a number or an address. */
const reachBy = (summary: CaseSummary) =>
  [summary.contact.phone && `al teléfono ${literalMarkdown(summary.contact.phone)}`, summary.contact.email && `al correo ${literalMarkdown(summary.contact.email)}`]
    .filter((typed): typed is string => Boolean(typed))
    .join(' o ');

const otherWays = (summary: CaseSummary) =>
  summary.kind === 'priorityOne'
    ? `También puede usar ${priorityOneReachEs({ voicemail: true, email: true })}.`
    : `También puede llamar al DRS al ${drsContacts.phone} (${drsContacts.tollFree}, gratis dentro de Connecticut, fuera del área de Hartford) o escribir a ${drsContacts.email}.`;

export const handoffTextsEs: HandoffTexts = {
  consent: CONSENT,
  consentRetry: `Por favor, responda Sí o No. ${CONSENT}`,
  consentRefused: `De acuerdo, no compartí nada. Puede comunicarse usted mismo con el DRS: ${callDrsSentenceEs}, o use ${priorityOneReachEs()}.`,
  earlierQuestion: EARLIER,
  earlierChoices: [
    { value: 'Sí, incluirlo', synonyms: ['si', 'sí', 's', 'incluir', 'incluirlo', 'si incluirlo', 'es lo mismo', 'el mismo', 'yes', 'yes include it'] },
    { value: 'No, dejarlo fuera', synonyms: ['no', 'n', 'dejarlo fuera', 'no dejarlo fuera', 'es otro', 'otro asunto', 'no es lo mismo', 'no leave it out'] },
  ],
  earlierRetry: `Por favor, responda Sí o No. ${EARLIER}`,
  nameQuestion: '¿Cuál es su nombre?',
  nameRetry: 'Por favor, escriba su nombre (hasta 100 caracteres).',
  contactQuestion: '¿A qué teléfono o correo electrónico le puede escribir o llamar el DRS? Puede dar los dos.',
  contactProblems: {
    removedNumber: 'Quité ese número porque podría ser un número de cuenta. Por favor, escriba su teléfono con guiones, por ejemplo 860-555-0123.',
    name: 'Por favor, dígame su nombre.',
    phone: 'Eso no parece un teléfono de Estados Unidos, como 860-555-0123.',
    email: 'Eso no parece un correo electrónico, como name@example.com.',
    missing: 'Por favor, dé un número de teléfono o un correo electrónico.',
  },
  timeQuestion: '¿Cuándo es mejor comunicarse con usted? Elija una opción o escriba la suya.',
  times: [
    { value: 'Mañanas entre semana', synonyms: ['mananas entre semana', 'weekday mornings'] },
    { value: 'Tardes entre semana', synonyms: ['weekday afternoons'] },
    { value: 'Cualquier hora', synonyms: ['a cualquier hora', 'cuando sea', 'any time'] },
  ],
  timeRetry: 'Por favor, escriba un horario, por ejemplo "mañanas entre semana".',
  descriptionQuestion:
    'En una o dos oraciones, ¿qué está pasando y qué necesita? Por favor, no escriba su número de Seguro Social completo ni números de cuentas de banco.',
  descriptionRetry: 'Por favor, descríbalo en hasta 2,000 caracteres.',
  yourRequest: 'Su solicitud',
  confirmQuestion: '¿Está bien así? Envíela, o elija qué cambiar.',
  fields: [
    { key: 'submit', value: 'Enviar', synonyms: ['si', 'sí', 'enviarla', 'envíela', 'enviela', 'mandar', 'correcto', 'esta bien', 'está bien', 'confirmar', 'submit', 'yes'] },
    { key: 'name', value: 'Cambiar nombre', synonyms: ['nombre', 'change name'] },
    { key: 'contact', value: 'Cambiar contacto', synonyms: ['contacto', 'telefono', 'teléfono', 'correo', 'email', 'change contact'] },
    { key: 'time', value: 'Cambiar horario', synonyms: ['horario', 'hora', 'mejor horario', 'change time'] },
    { key: 'description', value: 'Cambiar descripción', synonyms: ['descripcion', 'descripción', 'cambiar descripcion', 'change description'] },
  ],
  submitted: (submitted, summary, now) => {
    const number = `Su número de caso es ${submitted.caseNumber}. Por favor, guárdelo.`;
    if (submitted.open) {
      return [number, `Un representante del DRS se unirá a este chat. ${placeSentence(submitted.queuePosition, submitted.waitMinutes)}`, WHILE_QUEUED].join('\n\n');
    }
    return [
      number,
      `El DRS está cerrado ahora. Los representantes trabajan ${HOURS}, excepto los días feriados de Connecticut. Un representante se comunicará con usted ${reachBy(summary)} a partir del ${nextOpeningEs(now)}`,
      otherWays(summary),
    ].join('\n\n');
  },
  statusChange: ({ status, caseNumber, kind }) => {
    const contacts = kind === 'priorityOne' ? `use ${priorityOneReachEs()}` : callDrsSentenceEs;
    switch (status) {
      case 'active':
        return `Un representante del DRS tomó su caso ${caseNumber}.`;
      case 'closed':
        return `Terminó su conversación con el DRS sobre el caso ${caseNumber}. Está de nuevo con el asistente.`;
      case 'failed':
        return `No pude conectarle con un representante. Su caso ${caseNumber} está guardado, y el DRS se comunicará con usted como lo pidió. Si lo prefiere, ${contacts}. Está de nuevo con el asistente.`;
      default:
        return `Su caso ${caseNumber} está esperando a un representante.`;
    }
  },
  standing: (standing, now) => {
    if (standing.status === 'active') return `Un representante del DRS tiene su caso ${standing.caseNumber} ahora. Escriba su mensaje aquí.`;
    if (!standing.open) {
      return `Su caso ${standing.caseNumber} es el número ${standing.position} en la fila. El DRS está cerrado ahora (los representantes trabajan ${HOURS}). Un representante se comunicará con usted a partir del ${nextOpeningEs(now)}`;
    }
    return `Su caso ${standing.caseNumber}: ${placeSentence(standing.position, standing.waitMinutes)}`;
  },
  withdrawn: (caseNumber) => `Su solicitud fue cancelada y el caso ${caseNumber} está cerrado. Ningún representante se unirá. ${BACK}`,
  callback: (caseNumber) =>
    `De acuerdo. Su caso ${caseNumber} sigue en la fila. Un representante se comunicará con usted como lo pidió en su solicitud, no en este chat. ${BACK}`,
  backToAssistant: (caseNumber) => `Está de nuevo con el asistente. Su caso ${caseNumber} sigue abierto, y el DRS se comunicará con usted como lo pidió.`,
  addedToCase: (caseNumber) => `Agregué eso a su caso ${caseNumber}. Un representante lo verá cuando se una. Escriba "terminar chat" para volver al asistente.`,
  queueWords: {
    endChat: /^(terminar|cerrar|finalizar|acabar|dejar|salir del|salir de este) (el |este )?chat$|^(volver|regresar) al asistente$/,
    howLong:
      /\b(cuanto (falta|mas|tiempo|tarda\w*|demora\w*)|cuando (me (atienden|atiende|van a atender)|viene alguien|llega alguien)|en que lugar (estoy|voy)|mi (lugar|turno|puesto) en la (fila|cola)|que numero (soy|tengo))\b/,
    callback: /\b(llamenme|llameme|me pueden llamar|pueden llamarme|me puede llamar|puede llamarme|prefiero que me llamen|devuelvan la llamada|devolverme la llamada)\b/,
    withdraw:
      /^(por favor )?(retirar|retiro|cancelar|cancelo|anular)( mi| la| el)? (solicitud|caso|pedido)( por favor)?$|\b(salir|salirme|sacarme) de la (fila|cola)\b|\bya no quiero esperar\b/,
  },
};
