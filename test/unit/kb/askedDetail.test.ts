import { describe, expect, it } from 'vitest';
import { askedDetail, missingDetail } from '../../../src/kb/askedDetail.js';

describe('the detail a question asks for', () => {
  it.each([
    ['What percentage of my paycheck can DRS garnish?', 'percentage'],
    ['q porcentaje del sueldo me pueden embargar?', 'percentage'],
    ['how long does DRS take to decide on a penalty waiver', 'decisionTime'],
    ['cuanto se tarda el DRS en contestar el DRS-PW?', 'decisionTime'],
    ['cuantas semanas se tarda DRS en contestar la solicitud?', 'decisionTime'],
    ['How long do I have to respond to a Notice of Intent to Offset?', 'duration'],
    ['how many yrs does a lien stay on my credit report', 'duration'],
    ['cuanto se demora el offset en aparecer en mi cuenta', 'duration'],
    ['how much of my social security check can drs take each month', 'percentage'],
    ['whats the smallest monthly paymnt drs will accept on an installment plan', 'minimumAmount'],
    ['cual es la deuda minima pa q me manden al treasury offset program', 'minimumAmount'],
    ['whats the minimum income for a single filer to have to file', 'minimumAmount'],
    ['Can DRS take more than 20% of my wages?', 'percentage'],
    ['do I still have to file if I earn under $12,000 a year?', 'minimumAmount'],
    ['despues de cuantos años expira un lien?', 'duration'],
    ['Does DRS charge a fee to record a lien release?', 'fee'],
    ['What is the form number for the power of attorney?', 'formNumber'],
    ['Which form do I fill out to apply for an offer in compromise?', 'form'],
    ["What's the fax number for the Appellate Division?", 'fax'],
    ['What is the phone number for the FMS call center?', 'phone'],
    ['a q direccion mando el DRS-PW por correo?', 'address'],
    ["What's the minimum monthly payment on an installment plan?", 'minimumAmount'],
    ['Who is the current Connecticut Commissioner of Revenue Services?', 'name'],
    ['How much does the town clerk charge to record a lien release?', 'fee'],
    ['How much money in my bank account is protected from a levy?', 'minimumAmount'],
  ])('%j asks for a %s', (question, detail) => {
    expect(askedDetail(question)).toBe(detail);
  });

  it.each([
    'how do i ask revenue to remove a late fee',
    'the payment address on my letter is a PO box I do not know, is it really DRS?',
    'la direccion de pago q sale en la carta se me hace rara',
    'What is a Notice of Intent to Offset?',
  ])('%j asks for none of them', (question) => {
    expect(askedDetail(question)).toBeUndefined();
  });
});

describe('a detail the answer lacks', () => {
  it('is missing when the answer does not hold that kind of detail', () => {
    expect(missingDetail('What percentage of my paycheck can DRS garnish?', 'DRS can ask your employer to withhold part of your paycheck.')).toBe('percentage');
    expect(missingDetail('Where do I mail Form DRS-PW?', 'File Form DRS-PW in myconneCT or by mail.')).toBe('address');
    expect(missingDetail('Who is the Commissioner of Revenue Services?', 'Make the check payable to the Commissioner of Revenue Services.')).toBe('name');
    // A length of time held, but not how long a decision takes
    expect(missingDetail('how long does the Appellate Division take to decide my protest', 'Send a written protest within 60 days of the notice date.')).toBe('decisionTime');
  });

  it('finds the office a number is asked for, named before or after the number', () => {
    const wageUnitFax = 'Fax the DRS Wage Unit at 860-297-5843.';
    expect(missingDetail('Appellate Division fax number', wageUnitFax)).toBe('fax');
    expect(missingDetail('fax number for the Appellate Division', wageUnitFax)).toBe('fax');
    expect(missingDetail('wage unit fax', wageUnitFax)).toBeUndefined();
    expect(missingDetail("the IRS's phone number for Form 8379", 'Call the IRS at 1-800-829-3676.')).toBeUndefined();
  });

  it('holds how long a decision takes only in a sentence about the decision', () => {
    expect(missingDetail('how long does DRS take to decide on my offer in compromise', 'Send Form DRS-OIC. A decision can take several months.')).toBeUndefined();
    expect(missingDetail('cuanto tiempo tarda el DRS en decidir mi oferta', 'Una decisión puede tardar varios meses.')).toBeUndefined();
  });

  it('is not missing when the answer holds it, however written', () => {
    expect(missingDetail('What percent is the late payment penalty?', 'The penalty is 10% of the unpaid tax.')).toBeUndefined();
    expect(missingDetail('How long until the offset shows on my account?', 'Allow at least four weeks for it to post.')).toBeUndefined();
    expect(missingDetail('How long does an offer in compromise decision take?', 'A decision can take several months.')).toBeUndefined();
    expect(missingDetail('how long will they keep taking my wages', 'Your employer sends the money until your debt is fully paid.')).toBeUndefined();
    expect(missingDetail('Does DRS charge a fee for an offset?', 'No. DRS does not charge a fee.')).toBeUndefined();
    expect(missingDetail('where do i send my protest', 'Send a written protest to the DRS Appellate Division within 60 days.')).toBeUndefined();
    expect(missingDetail('Where do I send my review evidence?', 'Mail it to the SIS Unit, 450 Columbus Blvd., Hartford, CT 06103.')).toBeUndefined();
    expect(missingDetail('Which form lets my accountant talk to DRS?', 'Fill out the Power of Attorney form on the DRS website.')).toBeUndefined();
    expect(missingDetail('What number do I call for Priority One?', 'Call the Priority One line at 860-541-7650.')).toBeUndefined();
  });

  it('needs a number beside the office it is asked for, not any number', () => {
    const between = ' Keep a copy of everything you send, with the date you sent it.'.repeat(4);
    const wageUnitFax = `Fax the DRS Wage Unit at 860-297-5843.${between} Send protests to the Appellate Division by mail.`;
    expect(missingDetail("What's the fax number for the DRS Appellate Division?", wageUnitFax)).toBe('fax');
    expect(missingDetail('What is the fax number for the Wage Unit?', wageUnitFax)).toBeUndefined();
    // An office named for another reason ("the letter from FMS") asks for no office's number.
    expect(missingDetail('numero de fax pa mandarles la carta de FMS', 'Envíe por fax la carta de FMS a la Wage Unit al 860-297-5843.')).toBeUndefined();
  });
});
