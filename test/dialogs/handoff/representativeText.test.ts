import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/bot/createAssistant.js';
import { proactiveTaxpayerChannel } from '../../../src/channels/proactiveDelivery.js';
import { serviceUrlPolicy } from '../../../src/channels/serviceUrls.js';
import { SqlConversationLog } from '../../../src/db/sqlConversationLog.js';
import type { Database } from '../../../src/db/database.js';
import { SqlSmsOptOuts } from '../../../src/db/sqlSmsOptOuts.js';
import type { HandoffCase } from '../../../src/handoff/caseSummary.js';
import { createBotHarness } from '../../fixtures/botHarness.js';
import { openTestDatabase } from '../../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const TYPED = '[Pay here](https://evil.example) **now** <img src=x onerror=alert(1)>\n\n# _really_';

/** The proactive path the server uses, over a test harness on `channelId`; returns what the taxpayer was sent. */
async function deliver(channelId: string, text: string): Promise<{ sent: Partial<Activity>[]; logged: string[] }> {
  const harness = createBotHarness(db, channelId, undefined, undefined, channelId === 'sms' ? `+1860${randomUUID().slice(0, 7)}` : undefined);
  const sent: Partial<Activity>[] = [];
  const adapter = {
    continueConversationAsync: async (_appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
      sent.push(...(await harness.continueConversation(reference, logic)));
    },
  };
  const assistant = { adapter, bot: harness.bot } as unknown as Assistant;
  const handoffCase = { id: randomUUID(), caseNumber: 'P1-ABCDEF', channelId, conversationRef: { ...harness.reference } } as HandoffCase;
  const ownChannel = serviceUrlPolicy({ ownUrl: () => harness.reference.serviceUrl ?? '', botAuth: false });
  await proactiveTaxpayerChannel(assistant, '', new SqlSmsOptOuts(db), ownChannel).send(handoffCase, text, 'handoff');
  const logged = (await new SqlConversationLog(db).recent(harness.conversationId)).filter((line) => line.direction === 'out').map((line) => line.text);
  return { sent, logged };
}

describe('a representative’s words reach the taxpayer as typed', () => {
  it.each(['webchat', 'msteams', 'directline'])('on %s: plain text, exactly as typed', async (channelId) => {
    const { sent, logged } = await deliver(channelId, TYPED);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'message', text: TYPED, textFormat: 'plain' });
    expect(sent[0]?.replyToId).toBeUndefined();
    expect(logged).toEqual([TYPED]);
  });

  it('on SMS: the Markdown characters stay, nothing is stripped', async () => {
    const { sent, logged } = await deliver('sms', TYPED);
    expect(sent.map((activity) => [activity.text, activity.textFormat])).toEqual([[TYPED, 'plain']]);
    expect(logged).toEqual([TYPED]);
  });
});
