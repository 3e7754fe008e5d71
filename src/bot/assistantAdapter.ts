import { CloudAdapter } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

/**
 * CloudAdapter whose turn entry point is exposed to our own `/api/messages` route, so input
 * validation, errors and logging are ours (the stock `process()` writes to the console and
 * returns error messages to the caller).
 */
export class AssistantAdapter extends CloudAdapter {
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
