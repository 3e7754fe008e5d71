/** DRS contacts, exactly as the source documents give them. */
export const drsContacts = {
  phone: '860-297-5962',
  phoneNote: 'Greater Hartford calling area and from anywhere',
  tollFree: '1-800-382-9463',
  tollFreeNote: 'toll-free within Connecticut, outside Greater Hartford',
  email: 'drs@po.state.ct.us',
  hours: 'Monday–Friday, 8:30 a.m.–4:30 p.m.',
  website: 'https://portal.ct.gov/DRS',
} as const;

export const priorityOneContacts = {
  phone: '860-541-7650',
  hours: 'Monday–Friday, 8:30 a.m.–4:30 p.m.',
  voicemail: 'Call to speak to a DRS representative, or leave a voicemail.',
  email: 'DRSPriorityOne_CollectionsAssist@po.state.ct.us',
  guidanceDate: 'April 17, 2020',
  faqUrl: 'https://portal.ct.gov/DRS/COVID19/DRS-COVID-19-Response-FAQ',
} as const;

export const callDrsSentence = `call DRS at ${drsContacts.phone} (${drsContacts.tollFree} ${drsContacts.tollFreeNote})`;
