import { describe, expect, it } from 'vitest';
import { spanishSound, spanishText } from '../../../src/kb/spanishText.js';
import { projectKnowledge } from '../../fixtures/knowledge.js';

const tokens = (text: string) => new Set(spanishText.canonicalTokens(spanishText.canonicalText(text)));

describe('Spanish words taxpayers use for the same thing', () => {
  it.each([
    ['pagar en cuotas mensuales', 'pagar con un plan de pagos'],
    ['mi mensualidad', 'mi plan de pagos'],
    ['un arreglo para pagar', 'un plan de pagos'],
    ['que me quiten la multa', 'que me perdonen la multa'],
    ['le mando un correo electrónico', 'le mando un email'],
    ['pagar por internet', 'pagar en línea'],
    ['cuántos días tengo', 'cuál es el plazo'],
    ['si no le hago caso a la carta', 'si ignoro la carta'],
    ['hablar con alguien', 'hablar con una persona'],
    ['¿qué porcentaje de interés cobran?', '¿qué tasa de interés cobran?'],
    ['quiero negociar', 'quiero una oferta de compromiso'],
    ['una extensión', 'una prórroga'],
    // "nb" is never Spanish inside a word: a typo for "mb".
    ['enbargo de salario', 'embargo de salario'],
    ['prioriti one', 'priority one'],
    ['cuando llego el virus cerre el negocio', 'cuando llego la pandemia cerre el negocio'],
    ['con motivo de la emergencia sanitaria', 'con motivo de la pandemia'],
    ['pa q sirve el departamento de revenue servises', 'que es el drs'],
    ['que clases de avisos manda el estado', 'que tipos de avisos manda el estado'],
    ['puedo pagarle al estado poquito a poco', 'puedo pagarle al estado en un plan de pagos'],
    ['le cogieron el reembolso federal', 'le quitaron el reembolso federal'],
    ['el estado se puede quedar con tu reembolso', 'el estado le quitó el reembolso'],
    ['le descuentan del cheque', 'le quitan del cheque'],
    ['vence el sábado', 'vence en fin de semana'],
    // Formal and Spanglish words: "apoderarse de mi automóvil", "extensions", "que lo revisen", a refund they are going to take.
    ['apoderarse de mi automóvil', 'embargar mi carro'],
    ['extensions of time', 'prórrogas of time'],
    ['que lo revisen', 'una revisión'],
    ['me van a quitar el reembolso', 'la intención de compensación del reembolso'],
    ['Buenas tardes, disculpe la molestia, tengo 74 años. ¿Qué es un gravamen?', '¿Qué es un gravamen?'],
    ['el preparador de taxes', 'el contador'],
    ['me descontaron de mas del refund', 'quiero disputar la cantidad compensada del reembolso'],
    ['le estan sacando del cheque por taxes', 'le estan quitando del cheque por taxes'],
    ['se me pasaron dos pagos del plan', 'me atrase con el plan'],
    ['estoy desesperada, me embargan la cuenta', 'me embargan la cuenta'],
    ['para quien es priority one', 'quien califica para priority one'],
    ['requisitos de priority one', 'quien califica para priority one'],
    // Tax taken out of pay is withholding, not a garnishment.
    ['me descontaron impuestos del cheque', 'la retencion'],
    // An illness, however it is named, is an illness.
    ['estuve en el ospital', 'estuve enfermo'],
    ['por el cancer de mi papa', 'por la enfermedad de mi papa'],
    // Complaining about a debt one does not owe is disputing it.
    ['no debo esa deuda, ¿con quién me quejo?', 'no estoy de acuerdo con la deuda, ¿con quién la disputo?'],
    // Getting in touch, however said, is contacting; a balance to pay is a balance due.
    ['como me comunico con ustedes', 'como los contacto'],
    ['una carta de saldo por pagar', 'una carta de saldo pendiente'],
    // "Por correo" is by post, not an e-mail; who cannot ask for a thing asks who qualifies.
    ['mando el pago por correo', 'mando el pago por correo postal'],
    ['quienes no pueden pedir una oferta de compromiso', 'quien califica para una oferta de compromiso'],
    ['me quieren descontar del sueldo', 'me quieren hacer un embargo de salario'],
    // Going in person is a walk-in; evidence is proof; a debt that is not one's own is disputed.
    ['puedo ir en persona a la oficina', 'puedo ir cara a cara a la oficina'],
    ['mando la evidencia', 'mando las pruebas'],
    ['esa deuda no es mia', 'no estoy de acuerdo'],
    // Paying while still complaining is paying under protest; not being taken is avoiding it.
    ['pagar y seguir reclamando', 'pagar bajo protesta y seguir reclamando'],
    ['que hago pa q no me quiten el reembolso', 'que hago para evitar que el reembolso'],
    ['gano el minimum wage', 'gano el salario minimo'],
    ['direccion pa review offset', 'direccion pa revision offset'],
    ['q datos pongo en el pago', 'que incluir en el pago'],
    // What to write on a payment, the payment named before or after
    ['mando el pago por correo, q le escribo', 'mando el pago por correo, que incluir'],
    ['q le pongo al cheque', 'que incluir al cheque'],
    // A joint return, in English or said as filing together; what was left over is the overpayment.
    ['hicimos joint return', 'hicimos declaracion conjunta'],
    ['hicimos la declaracion federal juntos', 'declaracion conjunta'],
    ['el cheque de lo q sobro', 'el cheque del sobrepago'],
    // Puerto Rico's "planilla" is the return, and "radicar" is filing it.
    ['tengo planillas sin radicar', 'tengo declaraciones sin presentar'],
    ['ya no tengo q hacer la planilla', 'ya no tengo q hacer la declaracion'],
    // Leaving a message on a line is its voicemail (having left one already is not).
    ['se puede dejar mensaje en la linea', 'se puede dejar un mensaje de voz en la linea'],
    ['me sale el buzon de voz', 'me sale el voicemail'],
    ['tengo q hacer taxes', 'tengo q declarar'],
    ['que mi hija hable con el DRS de mi parte', 'que mi hija hable con el DRS con un power of attorney'],
  ])('"%s" reads as "%s"', (said, same) => {
    expect(tokens(said)).toEqual(tokens(same));
  });

  it('forgiving the interest is a waiver of the interest, not of a penalty', () => {
    expect(tokens('me perdonan los intereses')).toEqual(tokens('me condonan los intereses'));
    expect([...tokens('me perdonan los intereses')].some((token) => tokens('la multa').has(token))).toBe(false);
  });

  it('reads a refund taken again next year as future refunds', () => {
    expect(tokens('me lo van a seguir quitando el otro año')).toContain('futur');
    expect(tokens('me lo van a seguir quitando el otro año')).not.toContain('quit');
  });
});

describe('Spanish questions in those words find their entry', () => {
  it.each([
    ['¿puedo hacer un arreglo para pagar al estado?', 'installment-payment-plans'],
    ['¿cómo pido que me quiten la multa?', 'penalty-waiver'],
    ['como funcionan los planes de pago', 'installment-payment-plans'],
    ['¿cómo funciona el embargo de salario?', 'wage-garnishment'],
    ['¿cómo funciona Priority One?', 'priority-one-how-it-works'],
    // Informal fillers and tú forms say nothing about the topic.
    ['oiga disculpe, me puedes decir si hay plan de pagos', 'installment-payment-plans'],
    ['mira, dime porfa quien me quito el reembolso', 'refund-offset-why'],
    ['¿qué porcentaje de interés me cobran por lo que debo?', 'interest-on-unpaid-tax'],
    ['¿se puede negociar con el DRS para pagar solo una parte?', 'offer-in-compromise'],
    // "Negocio" is a business, not a negotiation.
    ['tengo un negocio, ¿me pueden embargar la cuenta?', 'bank-levy'],
    ['¿con Priority One me extienden la fecha para declarar?', 'priority-one-extensions'],
    // Misspelt by sound ("nesesito aser" is "necesito hacer", "kitaron" "quitaron") and texted ("xq" is "por qué").
    ['nesesito aser un plan de pagos', 'installment-payment-plans'],
    ['me kitaron el reembolso y no se xq', 'refund-offset-why'],
    // A card pays a bill: "tarjeta de crédito" is not the credit report.
    ['puedo pagar con tarjeta de credito', 'pay-online'],
    ['como pago con tarjeta de debito los impuestos de ct', 'pay-online'],
    ['para que sirve el formulario DRS-PW', 'penalty-waiver'],
    // "Qué es" (texted "q es") asks what a thing is: the entry that explains it.
    ['priority one q es', 'priority-one-program'],
    // "Por qué debo" asks the reason for the bill, though "debo" alone says nothing.
    ['por que debo', 'why-balance-due-notice'],
    ['por que le debo al estado', 'why-balance-due-notice'],
    ['me pueden descontar del sueldo lo que debo', 'wage-garnishment'],
    ['yo no debo esa deuda que me descontaron del reembolso de CT, ¿con quién me quejo?', 'offset-dispute-other-agency'],
    ['¿cómo me avisa el DRS antes de quitarme el reembolso federal?', 'notice-of-intent-to-offset'],
    ['como me comunico con ustedes por el aviso', 'contact-drs'],
    // "Se llama" names the program; a telephone is asked for with "teléfono".
    ['como se llama el programa de ayuda por covid', 'priority-one-program'],
    ['cual es el telefono del programa de covid', 'priority-one-contact'],
    // "TOP" in capitals is the Treasury Offset Program.
    ['que es el TOP', 'treasury-offset-program'],
    // "Las colecciones" are the collection actions.
    ['a q correo escribo pa lo de covid y las colecciones del state', 'priority-one-contact'],
    // Dictation: "lin" is a lien, "escam" a scam, "de r s" DRS.
    ['que es un lin del estado sobre mi casa', 'tax-liens'],
    ['esta carta del de r s es real o un escam', 'legitimate-notice-or-scam'],
    // Months of a plan left unpaid are missed payments; a hospital's bills are medical costs, not a notice; Saturday is the weekend.
    ['Tenía un plan con el DRS y no pagué ni marzo ni abril. ¿Qué me puede pasar?', 'payment-plan-default'],
    ['bills medicos y no pude pagar taxes CT', 'medical-hardship'],
    ['mi fecha limite es un domingo', 'deadline-weekend-holiday'],
  ])('"%s" → %s', (question, entry) => {
    const result = projectKnowledge.spanish.answerer.search(question);
    expect(result.kind === 'answer' ? result.best.entry.id : result.kind).toBe(entry);
  });
});

describe('how to pay, asked in Spanish', () => {
  it.each(['como pago mis impuestos', 'como le pago lo que debo de impuestos de ct', '¿Cómo puedo pagar mi deuda de impuestos de CT?', 'como pago mi deuda con el drs'])('%j gets an answer on the ways to pay', (question) => {
    const result = projectKnowledge.spanish.answerer.search(question);
    expect(['pay-online', 'pay-balance-in-full']).toContain(result.kind === 'answer' ? result.best.entry.id : result.kind);
  });
});

describe('phrases that take in a word an earlier phrase rewrote', () => {
  it.each([
    ['me quitaron el reembolso', 'compensacion reembolso'],
    ['el estado se quedó con mi reembolso', 'el estado compensacion reembolso'],
    ['reembolso retenido', 'compensacion reembolso'],
  ])('"%s" reads as "%s"', (said, canonical) => {
    expect(spanishText.canonicalText(said)).toBe(canonical);
  });
});

describe('not being able to pay, and missing a plan payment, in Spanish', () => {
  it.each([
    ['no puedo pagar todo de una vez', ['nopuedepag', 'planpag']],
    ['no me alcanza', ['nopuedepag']],
    ['me salté un pago del plan', ['pagoatras', 'planpag']],
    ['me voy a atrasar con la cuota', ['pagoatras', 'planpag']],
  ])('"%s" → %j', (said, expected) => {
    expect([...tokens(said)]).toEqual(expected);
  });
});

describe('how a Spanish word sounds, for spelling', () => {
  it.each([
    ['hacer', 'aser'],
    ['necesito', 'nesesito'],
    ['llego', 'yego'],
    ['quitaron', 'kitaron'],
    ['vencio', 'bensio'],
    ['gente', 'jente'],
  ])('%j sounds as %j is written', (word, typo) => {
    expect(spanishSound(word)).toBe(spanishSound(typo));
  });

  it('keeps "ch" and tells apart words that sound different', () => {
    expect(spanishSound('cheque')).toBe('cheke');
    expect(spanishSound('casa')).not.toBe(spanishSound('cosa'));
  });
});

describe('a federal refund taken, misspelt by sound', () => {
  it('"me kitaron el reembolso federal" is a federal offset', () => {
    const result = projectKnowledge.spanish.answerer.search('me kitaron el reembolso federal por una deuda de connecticut');
    expect(['federal-and-state-offsets', 'treasury-offset-program']).toContain(result.kind === 'answer' ? result.best.entry.id : result.kind);
  });
});
