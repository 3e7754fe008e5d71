/** Dialog and prompt ids, defined once. */
export const DialogIds = {
  main: 'mainDialog',
  mainFlow: 'mainDialog.flow',
  talkToPerson: 'talkToPersonDialog',
  talkToPersonFlow: 'talkToPersonDialog.flow',
  owedEstimate: 'owedEstimateDialog',
  owedEstimateFlow: 'owedEstimateDialog.flow',
  noticeDeadline: 'noticeDeadlineDialog',
  noticeDeadlineFlow: 'noticeDeadlineDialog.flow',
} as const;

export const PromptIds = {
  choice: 'choicePrompt',
  amount: 'amountPrompt',
  date: 'datePrompt',
} as const;

/** Dialogs a knowledge entry may start (its `action.dialog`), by the name content editors use. */
export const knowledgeActions = {
  talkToPerson: DialogIds.talkToPerson,
  owedEstimate: DialogIds.owedEstimate,
  noticeDeadline: DialogIds.noticeDeadline,
} as const;
