import { actionsIn } from './collectionActions.js';
import { DialogIds } from './dialogIds.js';

const TRIAGE =
  /^(i )?(just )?(got|received|have|get) (a |an |this |my |some )?(letter|notice|bill)( in the mail)?( from (the )?(ct |connecticut )?(drs|department of revenue services|revenue|state))?$|^(help|help me) with (a|my|this) (letter|notice)$|^(notice|letter) (triage|help)$/;
const OFFSET = /^(refund )?offset (guide|help|step by step)$|^(help|help me) with (a|my) (refund )?offset$|^walk me through (a|my|the) (refund )?offset$/;
const PLAN_CHECK = /^(payment plan check|check (if|whether) i (qualify|can get) (for )?a payment plan)$/;
const WAIVER = /^(penalty waiver (guide|help|step by step)|help me (ask for|request) a (penalty )?waiver)$/;
const PRIORITY_ONE =
  /^((covid|covid 19|coronavirus|pandemic)( (relief|hardship|help))?|priority (one|1) (check|screening|apply|application)|(apply|sign me up) for priority (one|1)|(am i|do i|would i) (eligible|qualify) for priority (one|1))$/;
/** Hard times a taxpayer may name along with a collection action. */
const HARDSHIP = /\b(covid|covid 19|coronavirus|pandemic|lost (my|our) (job|income|business)|laid off|unemployed|out of work|(shop|store|business|restaurant) (closed|shut down)|got sick)\b/;
const QUESTION = /^(what|how|when|where|who|why|which|can|could|does|do|is|are|will|should|may)\b/;
const COMPROMISE = /^((offer in compromise|hardship suspension) (guide|help)|settle or pause)$/;

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A message that asks for step-by-step help starts its guide. Only whole, plain requests do: a
 * question with more in it ("I got a balance due notice, what do I do?") gets its answer first.
 */
export function guideFor(text: string): string | undefined {
  const said = normalize(text);
  if (TRIAGE.test(said)) return DialogIds.noticeTriage;
  if (OFFSET.test(said)) return DialogIds.offsetGuide;
  if (PLAN_CHECK.test(said)) return DialogIds.paymentPlanCheck;
  if (WAIVER.test(said)) return DialogIds.penaltyWaiver;
  if (COMPROMISE.test(said)) return DialogIds.compromiseGuide;
  if (PRIORITY_ONE.test(said) || isPriorityOneSituation(text, said)) return DialogIds.priorityOne;
  return undefined;
}

/** "My wages are garnished and I lost my job": a collection action and hard times, told rather than asked. */
function isPriorityOneSituation(text: string, said: string): boolean {
  return !text.trim().endsWith('?') && !QUESTION.test(said) && HARDSHIP.test(said) && actionsIn(said).length > 0;
}
