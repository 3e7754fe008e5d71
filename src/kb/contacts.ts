/**
 * The contact table every answer must match exactly (phone numbers, emails, addresses), with the
 * document each comes from. Knowledge entries are checked against it.
 */
export const drsContacts = {
  phone: '860-297-5962',
  phoneNote: 'Greater Hartford calling area and from anywhere',
  tollFree: '1-800-382-9463',
  tollFreeNote: 'toll-free within Connecticut, outside Greater Hartford',
  email: 'drs@po.state.ct.us',
  website: 'https://portal.ct.gov/DRS',
} as const;

export const priorityOneContacts = {
  phone: '860-541-7650',
  hours: 'Monday–Friday, 8:30 a.m.–4:30 p.m.',
  voicemail: 'Call to speak to a DRS representative, or leave a voicemail.',
  email: 'DRSPriorityOne_CollectionsAssist@po.state.ct.us',
  guidanceDate: 'April 17, 2020',
  guidanceDateEs: '17 de abril de 2020',
  faqUrl: 'https://portal.ct.gov/DRS/COVID19/DRS-COVID-19-Response-FAQ',
} as const;

/**
 * The Priority One hotline, and its e-mail when asked for, as fixed texts give them: labelled once
 * with the date of the 2020 guidance they come from, since their current status is not confirmed.
 */
export function priorityOneReach(options: { voicemail?: boolean; email?: boolean } = {}): string {
  const { phone, hours, email, guidanceDate } = priorityOneContacts;
  const when = options.voicemail ? `${hours}; voicemail outside those hours` : hours;
  return options.email
    ? `the Priority One hotline at ${phone} (${when}) or e-mail ${email} (both as of ${guidanceDate})`
    : `the Priority One hotline at ${phone} (${when}; as of ${guidanceDate})`;
}

export const otherContacts = {
  bankruptcyUnitPhone: '860-297-5921',
  bankruptcyUnitHours: '8:30 a.m.–4:30 p.m.',
  wageUnitFax: '860-297-5843',
  irsFormsPhone: '1-800-829-3676',
  irsQuestionsPhone: '1-800-829-1040',
  sisUnitAddress: 'Connecticut Department of Revenue Services, SIS Unit, 450 Columbus Blvd., Hartford CT 06103',
  collectionsWarrantsAddress:
    'Connecticut Department of Revenue Services, Audit and Compliance Division, Collections Unit – Warrants, 450 Columbus Blvd., Hartford, CT 06103',
} as const;

/** Every phone or fax number an answer may show. */
export const knownPhoneNumbers: readonly string[] = [
  drsContacts.phone,
  drsContacts.tollFree,
  priorityOneContacts.phone,
  otherContacts.bankruptcyUnitPhone,
  otherContacts.wageUnitFax,
  otherContacts.irsFormsPhone,
  otherContacts.irsQuestionsPhone,
];

/** Every email address an answer may show. */
export const knownEmails: readonly string[] = [drsContacts.email, priorityOneContacts.email];

export const callDrsSentence = `call DRS at ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote})`;
