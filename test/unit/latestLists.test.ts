import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { keepOnlyThisTurnsLists } from '../../src/bot/latestLists.js';

/**
 * A bot that remembers one list. Each message is a script of what the turn does, in order:
 * "list" offers one, "say" sends a message without one, "typing" sends a typing indicator;
 * every turn first reports the list it found remembered (without sending anything).
 */
function listBot() {
  const state = new ConversationState(new MemoryStorage());
  const remembered = state.createProperty<string[] | undefined>('list');
  const found: (string[] | undefined)[] = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    keepOnlyThisTurnsLists(context, [remembered]);
    found.push(await remembered.get(context));
    for (const step of (context.activity.text ?? '').split(' ').filter(Boolean)) {
      if (step === 'list') {
        await context.sendActivity('1. Yes\n2. No\n\nReply 1 or 2.');
        await remembered.set(context, ['Yes', 'No']);
      }
      if (step === 'say') await context.sendActivity('Thank you.');
      if (step === 'typing') await context.sendActivity({ type: ActivityTypes.Typing });
    }
    await state.saveChanges(context);
  });
  const turn = async (script: string) => {
    await adapter.receiveActivity(script);
    adapter.activeQueue.splice(0);
  };
  /** What the next turn finds remembered. */
  const next = async () => {
    await turn('');
    return found.at(-1);
  };
  return { turn, next };
}

describe('the lists a reply by number can pick from', () => {
  it('keep the list a turn offered for the next message', async () => {
    const bot = listBot();
    await bot.turn('list');
    expect(await bot.next()).toEqual(['Yes', 'No']);
  });

  it('forget it once a later turn sends a message without a list', async () => {
    const bot = listBot();
    await bot.turn('list');
    await bot.turn('say');
    expect(await bot.next()).toBeUndefined();
  });

  it('keep a list sent earlier in the same turn as a message without one (it is still right above)', async () => {
    const bot = listBot();
    await bot.turn('list say');
    expect(await bot.next()).toEqual(['Yes', 'No']);
  });

  it('keep a list re-offered after other messages in a later turn', async () => {
    const bot = listBot();
    await bot.turn('list');
    await bot.turn('say list');
    expect(await bot.next()).toEqual(['Yes', 'No']);
  });

  it('keep it through a turn that sends no message (nothing new on screen)', async () => {
    const bot = listBot();
    await bot.turn('list');
    await bot.turn('typing');
    await bot.turn('');
    expect(await bot.next()).toEqual(['Yes', 'No']);
  });
});
