// The collection actions Priority One asks about, and their names as taxpayers and representatives read them.
// Shared by the server (screening, case summary, e-mails) and the console page, so it imports nothing.

export const COLLECTION_ACTIONS = ['paymentPlan', 'bankLevy', 'wageGarnishment', 'lien', 'offerInCompromise', 'other'] as const;
export type CollectionAction = (typeof COLLECTION_ACTIONS)[number];

export const collectionActionNames: Record<CollectionAction, string> = {
  paymentPlan: 'Payment plan',
  bankLevy: 'Bank warrant or levy',
  wageGarnishment: 'Wage execution or garnishment',
  lien: 'Tax lien',
  offerInCompromise: 'Offer of compromise',
  other: 'Other collection action',
};
