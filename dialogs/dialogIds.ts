/** Dialog and prompt ids, defined once. */
export const DialogIds = {
  main: 'mainDialog',
  mainFlow: 'mainDialog.flow',
  talkToPerson: 'talkToPersonDialog',
  talkToPersonFlow: 'talkToPersonDialog.flow',
} as const;

export const PromptIds = {
  choice: 'choicePrompt',
} as const;

/** Dialogs a knowledge entry may start (its `action.dialog`), by the name content editors use. */
export const knowledgeActions = {
  talkToPerson: DialogIds.talkToPerson,
} as const;
