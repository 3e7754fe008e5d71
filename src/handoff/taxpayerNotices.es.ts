import { waitSentenceEs } from './queueWait.es.js';
import type { TaxpayerNotices } from './taxpayerNotices.js';

// What the desk tells a Spanish-speaking taxpayer about their case: a representative joins, leaves or closes it, or the queue moves.

export const taxpayerNoticesEs: TaxpayerNotices = {
  representativePrefix: 'Representante del DRS: ',
  joined: (caseNumber) => `Un representante del DRS se unió al chat sobre su caso ${caseNumber}. Escriba su respuesta aquí, o "terminar chat" para volver al asistente.`,
  released: (caseNumber) => `Su caso ${caseNumber} volvió a la fila, y otro representante lo tomará. Lo que escriba sigue yendo a su caso.`,
  reassigned: (caseNumber) => `Otro representante del DRS se hará cargo de su caso ${caseNumber}. Su chat sigue abierto: escriba su respuesta aquí.`,
  closed: (caseNumber) => `El representante del DRS terminó el chat. Su caso ${caseNumber} está cerrado. Está de nuevo con el asistente: pregúnteme lo que quiera, o escriba "menú".`,
  queueUpdate: (caseNumber, position, waitMinutes) => `Novedad sobre su caso ${caseNumber}: ahora es el número ${position} en la fila.${waitSentenceEs(waitMinutes)}`,
};
