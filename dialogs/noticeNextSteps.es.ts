import type { NoticeDeadline } from '../src/calc/index.js';
import { otherContacts } from '../src/kb/contacts.js';
import type { NextSteps } from '../src/render/nextStepsMessage.js';
import { commonStepsEs, sourcesEs } from './guideSources.es.js';
import type { LetterKind } from './noticeChoices.js';
import type { NoticeNextStepsTexts } from './noticeNextSteps.js';

// How notice triage ends, in Spanish.

function pay(deadline: NoticeDeadline | undefined): NextSteps {
  return {
    title: 'Qué hacer ahora: pague todo',
    steps: [{ action: commonStepsEs.payInFull, by: deadline?.actBy }, { action: commonStepsEs.keepProof }],
    source: deadline?.kind === 'intent_to_offset' ? sourcesEs.offsetFaq : sourcesEs.noticeGuide,
  };
}

function disagree(kind: LetterKind, deadline: NoticeDeadline | undefined): NextSteps {
  const by = deadline?.actBy;
  if (kind === 'intent_to_offset') {
    return { title: 'Qué hacer ahora: pida una revisión', steps: [{ action: commonStepsEs.requestReview, by }], source: sourcesEs.offsetFaq };
  }
  if (kind === 'r859') {
    return {
      title: 'Qué hacer ahora: diga al DRS que no está de acuerdo',
      steps: [
        { action: `${commonStepsEs.callDrs} Diga por qué no está de acuerdo antes de que pasen su cuenta a cobro.`, by },
        {
          action:
            'Hay 60 días desde el aviso original de saldo pendiente para enviar una protesta por escrito a la División de Apelaciones del DRS (DRS Appellate Division). Si ese aviso es reciente, proteste también por escrito.',
        },
      ],
      source: sourcesEs.noticeGuide,
    };
  }
  return {
    title: 'Qué hacer ahora: proteste por escrito',
    steps: [
      {
        action:
          'Envíe una protesta por escrito a la División de Apelaciones del DRS (Appellate Division), a la dirección de su aviso. Diga por qué no está de acuerdo y ponga copias de sus papeles. Debe llegar, o tener sello del correo de EE. UU., dentro de los 60 días.',
        by,
      },
      { action: 'Para frenar los intereses mientras espera, puede pagar la suma en disputa "bajo protesta". El DRS se la devuelve si usted gana.' },
      { action: 'Guarde copias de todo lo que envíe.' },
    ],
    source: `${sourcesEs.noticeGuide}; CGS §12-729(b)`,
  };
}

export const noticeNextStepsEs: NoticeNextStepsTexts = {
  pay,
  disagree,
  offsetPaid: {
    title: 'Qué hacer ahora: envíe al DRS la carta del FMS',
    steps: [
      {
        action: `Envíe ya una copia de la carta del FMS sobre su reembolso federal retenido (offset) a ${otherContacts.collectionsWarrantsAddress}. O envíela por fax a la Unidad de Salarios (Wage Unit) al ${otherContacts.wageUnitFax}.`,
      },
      { action: 'Guarde una copia de la carta y anote cuándo la envió por correo o por fax.' },
    ],
    source: sourcesEs.offsetFaq,
  },
  unsure: {
    title: 'Qué hacer ahora: pregunte al DRS qué aviso es',
    steps: [{ action: `${commonStepsEs.callDrs} El DRS le puede decir qué aviso es y qué fecha importa.` }],
    source: sourcesEs.noticeGuide,
  },
};
