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
