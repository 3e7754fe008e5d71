import type { KnowledgeAction } from '../src/kb/knowledgeBase.js';

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
  planEstimate: 'planEstimateDialog',
  planEstimateFlow: 'planEstimateDialog.flow',
  refundWindow: 'refundWindowDialog',
  refundWindowFlow: 'refundWindowDialog.flow',
  noticeTriage: 'noticeTriageDialog',
  noticeTriageFlow: 'noticeTriageDialog.flow',
  offsetGuide: 'offsetGuideDialog',
  offsetGuideFlow: 'offsetGuideDialog.flow',
  paymentPlanCheck: 'paymentPlanCheckDialog',
  paymentPlanCheckFlow: 'paymentPlanCheckDialog.flow',
  penaltyWaiver: 'penaltyWaiverDialog',
  penaltyWaiverFlow: 'penaltyWaiverDialog.flow',
  compromiseGuide: 'compromiseGuideDialog',
  compromiseGuideFlow: 'compromiseGuideDialog.flow',
  priorityOne: 'priorityOneDialog',
  priorityOneFlow: 'priorityOneDialog.flow',
  collectionActions: 'priorityOneDialog.collectionActions',
  handoffIntake: 'handoffIntakeDialog',
  handoffIntakeFlow: 'handoffIntakeDialog.flow',
} as const;

export const PromptIds = {
  choice: 'choicePrompt',
  amount: 'amountPrompt',
  date: 'datePrompt',
  months: 'monthsPrompt',
  name: 'namePrompt',
  contact: 'contactPrompt',
  time: 'timePrompt',
  description: 'descriptionPrompt',
  actions: 'collectionActionsPrompt',
} as const;

/** The dialog that runs each action a knowledge entry may start (its `action.dialog`). */
export const knowledgeActions: Readonly<Record<KnowledgeAction, string>> = {
  talkToPerson: DialogIds.talkToPerson,
  owedEstimate: DialogIds.owedEstimate,
  noticeDeadline: DialogIds.noticeDeadline,
  planEstimate: DialogIds.planEstimate,
  refundWindow: DialogIds.refundWindow,
  noticeTriage: DialogIds.noticeTriage,
  offsetGuide: DialogIds.offsetGuide,
  paymentPlanCheck: DialogIds.paymentPlanCheck,
  penaltyWaiver: DialogIds.penaltyWaiver,
  compromiseGuide: DialogIds.compromiseGuide,
  priorityOne: DialogIds.priorityOne,
} as const;

const knowledgeDialogs: ReadonlyMap<string, string> = new Map(Object.entries(knowledgeActions));

/** The dialog a knowledge entry's `action.dialog` names, if it names one. */
export const knowledgeDialog = (action: string): string | undefined => knowledgeDialogs.get(action);
