import type { Dialog } from 'botbuilder-dialogs';
import type { HandoffDesk } from './handoffDesk.js';
import type { Clock } from '../src/lib/clock.js';
import { CompromiseGuideDialog } from './compromiseGuideDialog.js';
import type { GuideKnowledge } from './guideDialog.js';
import { NoticeDeadlineDialog } from './noticeDeadlineDialog.js';
import { NoticeTriageDialog } from './noticeTriageDialog.js';
import { OffsetGuideDialog } from './offsetGuideDialog.js';
import { OwedEstimateDialog } from './owedEstimateDialog.js';
import { PaymentPlanCheckDialog } from './paymentPlanCheckDialog.js';
import { PenaltyWaiverDialog } from './penaltyWaiverDialog.js';
import { PlanEstimateDialog } from './planEstimateDialog.js';
import { PriorityOneDialog } from './priorityOneDialog.js';
import { RefundWindowDialog } from './refundWindowDialog.js';
import { TalkToPersonDialog } from './talkToPersonDialog.js';

/** Every dialog the main dialog starts: talking to a person, the guides and the calculators. */
export function guidedDialogs(knowledge: GuideKnowledge, desk: HandoffDesk, clock: Clock): Dialog[] {
  return [
    new TalkToPersonDialog(desk, clock),
    new PriorityOneDialog(desk, clock),
    new NoticeTriageDialog(knowledge, clock),
    new OffsetGuideDialog(knowledge, clock),
    new PaymentPlanCheckDialog(knowledge, clock),
    new PenaltyWaiverDialog(knowledge),
    new CompromiseGuideDialog(knowledge, clock),
    new OwedEstimateDialog(clock),
    new NoticeDeadlineDialog(clock),
    new PlanEstimateDialog(clock),
    new RefundWindowDialog(clock),
  ];
}
