import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { projectKnowledge } from '../fixtures/knowledge.js';
import { createBotHarness, replyText } from '../fixtures/botHarness.js';
import { openTestDatabase } from '../fixtures/databases.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** 2025-06-01 at noon in Connecticut. */
const clock = () => new Date('2025-06-01T16:00:00Z');
const harness = (channelId: string) => createBotHarness(db, channelId, projectKnowledge, clock);
const joined = (replies: Parameters<typeof replyText>[0][]) => replies.map(replyText).join('\n---\n');
const EVERYTHING = 'I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?';

describe('"What will I owe?"', () => {
  it.each(['webchat', 'msteams'])('answers a message that says everything at once with an Adaptive Card on %s', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    const replies = await say(EVERYTHING);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const text = joined(replies);
    expect(text).toMatch(/Estimate: \$2,320\.00 in all/);
    expect(text).toMatch(/Penalty: \$200\.00: Penalty 10% of the unpaid tax \(no \$50 minimum\) \(CGS §12-735\(a\)/);
    expect(text).toMatch(/Interest: \$120\.00: 6 months × \$20\.00 \(1% per month or part of a month, April 16, 2024 to October 15, 2024/);
    expect(text).toMatch(/Total: \$2,320\.00/);
    expect(text).toMatch(/This is an estimate; the amount on your notice governs\./);
  });

  it.each(['webchat', 'sms'])('leads with the interest when interest is what was asked, with the months in plain words (%s)', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    const text = joined(await say('How much interest will I owe on $2,000 of income tax due April 15, 2024 if I pay July 10, 2024?'));
    expect(text).toMatch(/^Estimated interest: \$60\.00 for 3 months, April 16, 2024 to July 15, 2024 \(a part of a month counts as a whole month\); \$2,260\.00 in all with tax and penalty/m);
    expect(text).not.toMatch(/^Estimate: /m);
  });

  it.each(['webchat', 'msteams', 'sms'])('answers an interest question that names no tax without asking which tax it is: interest is the same for every tax (%s)', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    const replies = await say('I owed $2,000 that was due April 15, 2024 and I am paying it October 15, 2024, how much interest is that?');
    const text = joined(replies);
    expect(text).not.toMatch(/Which tax is it\?/);
    expect(text).toMatch(/^Estimated interest: \$120\.00 for 6 months, April 16, 2024 to October 15, 2024 \(a part of a month counts as a whole month\)$/m);
    expect(text).toMatch(/Tax: \$2,000\.00, due April 15, 2024/);
    expect(text).toMatch(/The late-payment penalty is not: it depends on which tax it is/);
    expect(text).not.toMatch(/Penalty: |Total: |in all/);
  });

  it('works out the total with the income tax rule when the message gives everything but the tax, and says so', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('what will I owe in total with interest on $2,000 due April 15, 2024 if I pay October 15, 2024?'));
    expect(text).not.toMatch(/Which tax is it\?/);
    expect(text).toMatch(/Estimate: \$2,320\.00 in all/);
    expect(text).toMatch(/You did not say which tax, so this uses the rule for individual income tax\. For a business's sales and use tax the penalty is 15% or \$50/);
  });

  it('still asks which tax it is when the message leaves out more than the tax', async () => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say('what will I owe on $2,000 due April 15, 2024?'))).toMatch(/Which tax is it\?/);
  });

  it.each(['webchat', 'sms'])('answers "how much is the penalty on $350?" without asking for dates (%s)', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    const text = joined(await say('My unpaid CT income tax is only $350. How much is the late payment penalty?'));
    expect(text).toMatch(/Estimated late-payment penalty: \$35\.00/);
    expect(text).toMatch(/\$3\.50 a month: 1% of the tax for each month or part of a month/);
    expect(text).toMatch(/charged once/);
    expect(text).not.toMatch(/When was the tax due|Which tax is it/);
  });

  it.each([
    ['I owe $3,200 of state income tax since April 15, how much is the penalty?', /Estimated late-payment penalty: \$320\.00/],
    ['debo $3,200 del income tax estatal desde el 15 de abril, cuanto es la multa?', /Multa estimada por pagar tarde: \$320\.00/],
  ])('works out the penalty alone asked with the tax and its due date, without asking when it is paid: %j', async (question, penalty) => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say(question));
    expect(text).toMatch(penalty);
    expect(text).not.toMatch(/When will you pay|Cuándo va a pagar/);
  });

  it.each(['como se calcula el impuesto sobre la venta de mi casa (ganancia de capital)?', 'how do I calculate the capital gains tax on selling my house'])(
    'does not start a calculation for a tax outside collection: %j',
    async (question) => {
      const { say } = harness('webchat');
      await say('hi');
      const text = joined(await say(question));
      expect(text).not.toMatch(/How much tax was unpaid|Cuánto impuesto quedó sin pagar/);
      expect(text).toMatch(/not sure|no estoy seguro/i);
    },
  );

  it('still asks when it is paid for the penalty and the interest together', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I owe $3,200 of income tax due April 15, 2025, how much is the penalty and interest?'));
    expect(text).toMatch(/When will you pay/);
  });

  it('counts only the rest paid late after an extension, with no penalty when 90% was paid on time', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I got an extension, paid $3,600 of my $4,000 CT tax by April 15, 2025 and the last $400 with my return on October 15. Penalty and interest?'));
    expect(text).toMatch(/Estimate: \$424\.00 in all/);
    expect(text).toMatch(/\$400\.00 of individual income tax, due April 15, 2025/);
    expect(text).toMatch(/\$0\.00: No late-payment penalty: at least 90% paid by the original due date/);
    expect(text).toMatch(/\$24\.00: 6 months × \$4\.00/);
  });

  it('reads the total and the part paid on time written without "$"', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('owed 12,000 for 2023, paid 10,900 by april 15 2024 and the rest, $1,100, with my return on oct 12 under an extension. penalty? interest?'));
    expect(text).toMatch(/\$1,100\.00 of individual income tax, due April 15, 2024/);
    expect(text).toMatch(/\$0\.00: No late-payment penalty: at least 90% paid by the original due date/);
    expect(text).toMatch(/\$66\.00: 6 months × \$11\.00/);
  });

  it('names the Penalty Review Committee beside a penalty over $5,000, asked with who approves waiving it', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I owe $60,000 of income tax and will pay late. How much is the penalty, and who has to approve waiving it?'));
    expect(text).toMatch(/Estimated late-payment penalty: \$6,000\.00/);
    expect(text).toMatch(/A waiver of a penalty over \$5,000\.00 also needs the Penalty Review Committee's approval \(CGS §12-3a\)\./);
    expect(joined(await say('how much is the penalty on $2,000 of income tax?'))).not.toMatch(/Penalty Review Committee/);
  });

  it('charges the penalty on the rest when less than 90% was paid by the original due date', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I had an extension and paid $3,000 of my $4,000 income tax by April 15, 2025, the rest on October 15, 2025. What do I owe?'));
    expect(text).toMatch(/Estimate: \$1,160\.00 in all/);
    expect(text).toMatch(/\$100\.00: Penalty 10% of the unpaid tax/);
  });

  it('reads the due date from how late a dated payment was ("un día tarde, el 16 de abril")', async () => {
    const { say } = harness('webchat');
    await say('hola');
    const text = joined(await say('debo $450 del income tax y pague un dia tarde, el 16 de abril 2025. cuanto me cobran'));
    expect(text).toMatch(/\$499\.50/);
    expect(text).not.toMatch(/Cuándo vencía/);
  });

  it('leaves out a penalty the taxpayer says DRS already waived, and keeps the interest', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say("DRS waived my penalty on $3,000 of income tax due April 15, 2024. I'm paying December 1, 2024. How much do I owe?"));
    expect(text).toMatch(/Estimate: \$3,240\.00 in all/);
    expect(text).toMatch(/\$0\.00: Penalty waived by DRS, as you said; interest cannot be waived/);
    expect(text).toMatch(/\$240\.00: 8 months/);
  });

  it('says when the $50 minimum replaced 15% of a small sales tax', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('My shop owed $200 in sales tax and paid late. How much is the penalty?'));
    expect(text).toMatch(/Estimated late-payment penalty: \$50\.00/);
    expect(text).toMatch(/15% would be \$30\.00, less than the \$50\.00 minimum, so the minimum applies/);
  });

  it.each([
    'Who has to approve a penalty waiver of more than $5,000?',
    'My penalty is $7,000. Who decides if it is removed?',
    'What is the $50 penalty for filing late when no tax is due?',
  ])('does not work out a penalty from an amount that is not tax owed: %s', async (question) => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say(question))).not.toMatch(/Estimated late-payment penalty|Which tax is it/);
  });

  it('leads with the penalty when only the penalty was asked', async () => {
    const { say } = harness('sms');
    const text = joined(await say("What's the penalty if I pay $2,000 of income tax due April 15, 2024 on July 10, 2024?"));
    expect(text).toMatch(/^Estimated penalty: \$200\.00; \$2,260\.00 in all with tax and interest/m);
  });

  it('sends SMS users a few plain lines', async () => {
    const { say } = harness('sms');
    const replies = await say(EVERYTHING);
    const result = replies.at(-1);
    expect(result?.attachments).toBeUndefined();
    expect(result?.text).toMatch(/^Estimate: \$2,320\.00 in all\nTax: \$2,000\.00 of individual income tax, due April 15, 2024\n[\s\S]*Total: \$2,320\.00\nThis is an estimate/);
    expect(result?.text?.length ?? 0).toBeLessThan(1600);
  });

  it('asks only for what is missing, re-asks bad input with an example, and reads "today" in Connecticut', async () => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say('What will I owe?'))).toMatch(/Which tax is it\?[\s\S]*Income tax[\s\S]*Sales and use tax[\s\S]*Withholding tax/);
    expect(joined(await say('Income tax'))).toMatch(/How much tax was unpaid/);
    expect(joined(await say('a lot'))).toMatch(/Please enter an amount like 1,250\.00\./);
    expect(joined(await say('$300'))).toMatch(/When was the tax due\?/);
    expect(joined(await say('sometime in spring'))).toMatch(/Please enter a date like April 15, 2025/);
    expect(joined(await say('April 15, 2025'))).toMatch(/When will you pay/);
    const result = joined(await say('today'));
    expect(result).toMatch(/Paid on: June 1, 2025/);
    expect(result).toMatch(/Total: \$336\.00/);
  });

  it('reads a payment date given without its year as the first such day after the due date', async () => {
    const { say } = harness('webchat');
    await say('hi');
    await say('What will I owe?');
    await say('Income tax');
    await say('$300');
    await say('April 15, 2024');
    const result = joined(await say('June 1'));
    expect(result).toMatch(/Paid on: June 1, 2024/);
    expect(result).toMatch(/Total: \$336\.00/);
  });

  it.each([
    ['Is the Priority One COVID program still running today?', /2020/],
    ['My 60-day protest deadline lands on a Sunday. When is the real last day?', /next business day|following|Monday/i],
  ])('does not read a name or a length of time as an amount owed: %j gets an answer, not the calculator', async (question, answer) => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say(question));
    expect(text).not.toMatch(/Which tax is it\?/);
    expect(text).toMatch(answer);
  });

  it.each(['webchat', 'msteams', 'sms'])('works out a payment some months late from the months alone, without asking for dates (%s)', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    const total = joined(await say('I owe $2,000 of income tax and paid 6 months late, what is the total?'));
    expect(total).toMatch(/Estimate: \$2,320\.00 in all/);
    expect(total).toMatch(/Tax: \$2,000\.00 of individual income tax, paid 6 months late/);
    expect(total).toMatch(/Interest: \$120\.00: 6 months [×x] \$20\.00 \(1% per month or part of a month; CGS/);
    expect(total).not.toMatch(/Paid on|When was the tax due/);
    const interest = joined(await say('how much interest on $500 paid 3 months late'));
    expect(interest).toMatch(/^Estimated interest: \$15\.00 for 3 months \(a part of a month counts as a whole month\)$/m);
    expect(interest).toMatch(/Tax: \$500\.00, paid 3 months late/);
  });

  it('with a due date, pays the months late on the same day of the month', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I owe $2,000 of income tax that was due April 15, 2024 and paid 6 months late'));
    expect(text).toMatch(/Paid on: October 15, 2024/);
    expect(text).toMatch(/Total: \$2,320\.00/);
  });

  it('works out interest building up over some months, with no plan named, as months late', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('How much interest alone would build up on $3,000 of unpaid CT income tax over 5 months?'));
    expect(text).toMatch(/\$150\.00/);
    expect(text).not.toMatch(/monthly|How much penalty and interest is already on your notice/i);
    expect(joined(await say('payment plan estimate for $1,000 over 3 months starting January 31, 2025'))).toMatch(/penalty and interest is already on your notice/);
  });

  it('reads "my state return" as income tax', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I owed $2,000 on my state return and ignored the notice for six months. Roughly how much is it now?'));
    expect(text).toMatch(/Estimate: \$2,320\.00 in all/);
    expect(text).not.toMatch(/Which tax is it/);
  });

  it('uses the income tax rule, and says so, when the months late come without the tax', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('If I owe $2,000 and wait six months to pay, how much will it be?'));
    expect(text).not.toMatch(/Which tax is it\?|When was the tax due/);
    expect(text).toMatch(/Estimate: \$2,320\.00 in all/);
    expect(text).toMatch(/You did not say which tax/);
  });

  it.each(['webchat', 'sms'])('tells a taxpayer who does not know an amount where it is, then goes on (%s)', async (channelId) => {
    const { say } = harness(channelId);
    await say('hi');
    await say('What will I owe?');
    expect(joined(await say('Income tax'))).toMatch(/How much tax was unpaid/);
    const help = joined(await say("I don't know"));
    expect(help).toMatch(/on your balance due notice: the tax is listed apart from penalty and interest/);
    expect(help).toMatch(/860-297-5962/);
    expect(help).not.toMatch(/Please enter an amount like 1,250\.00\.$/);
    expect(joined(await say('$300'))).toMatch(/When was the tax due\?/);
  });

  it('lets a plan estimate go on without the penalty, saying what that leaves out', async () => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say('payment plan estimate for $1,000'))).toMatch(/penalty and interest is already on your notice/);
    expect(joined(await say('not sure'))).toMatch(/If you are not sure, enter 0: the estimate then counts only the tax, so your real payments would be higher/);
    expect(joined(await say('0'))).toMatch(/Over how many months/);
  });

  it('uses the sales tax minimum and takes the dates it was given', async () => {
    const { say } = harness('webchat');
    await say('hi');
    await say('calculate my sales tax penalty');
    await say('300');
    await say('4/30/2025');
    const result = joined(await say('May 20, 2025'));
    expect(result).toMatch(/Penalty: \$50\.00: Penalty 15% of the unpaid tax or \$50, whichever is greater \(CGS §12-419\(a\)\)/);
    expect(result).toMatch(/Total: \$353\.00/);
  });

  it('reports paying on time as no penalty and no interest', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const result = joined(await say('what will I owe on $500 of income tax due June 15, 2025 if I pay June 10, 2025?'));
    expect(result).toMatch(/Penalty and interest: \$0\.00: paid on or before the due date/);
    expect(result).toMatch(/Total: \$500\.00/);
  });
});

describe('"When is my deadline?"', () => {
  it('gives the last day, the rolled timely day and the safe day for a notice given with its date', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('I got a Notice of Intent to Offset dated May 5, 2026. When is my deadline?'));
    expect(text).toMatch(/Last day: Saturday, July 4, 2026/);
    expect(text).toMatch(/Still timely until: Monday, July 6, 2026: the last day is a weekend or legal holiday \(CGS §12-39a\)/);
    expect(text).toMatch(/Act by: Thursday, July 2, 2026, to be safe/);
    expect(text).toMatch(/SIS Unit, 450 Columbus Blvd/);
  });

  it('asks which notice, helps to tell them apart, then asks for the date (SMS)', async () => {
    const { say } = harness('sms');
    const ask = joined(await say('my deadline'));
    expect(ask).toMatch(/Which notice did you get\?\n\s*1\. Intent to Offset\n\s*2\. Balance due notice\n\s*3\. R859 notice\n\s*4\. Not sure/);
    const hint = joined(await say('4'));
    expect(hint).toMatch(/top of the letter: the notice name[\s\S]*printed there[\s\S]*Which notice did you get\?/);
    expect(joined(await say('3'))).toMatch(/What is the date printed on the notice\?/);
    const result = await say('April 8, 2025');
    expect(result.at(-1)?.text).toMatch(/Last day: Friday, April 18, 2025\nStill timely until: Monday, April 21, 2025[\s\S]*Act by: Thursday, April 17, 2025[\s\S]*according to the notice/);
  });
});

describe('calculators as actions of knowledge answers', () => {
  it('offers "Find my deadline" after the R859 answer and knows which notice it is', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const answer = await say('what is the R859 notice?');
    expect(answer.at(-1)?.suggestedActions?.actions.map((action) => action.title)).toContain('Find my deadline');
    expect(joined(await say('Find my deadline'))).toMatch(/What is the date printed on the notice\?/);
    expect(joined(await say('May 1, 2025'))).toMatch(/R859 private collection referral notice, dated May 1, 2025[\s\S]*Last day: Sunday, May 11, 2025[\s\S]*Still timely until: Monday, May 12, 2025/);
  });
});

describe('payment plan estimate and refund claim window', () => {
  it('are offered under "Calculators" in the menu', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const offered = (await say('Calculators')).at(-1)?.suggestedActions?.actions.map((action) => action.title);
    expect(offered).toEqual(['What will I owe?', 'My deadline', 'Payment plan estimate', 'Refund claim window', 'Main menu']);
    expect(joined(await say('Refund claim window'))).toMatch(/When was the return due\?/);
    const result = joined(await say('April 18, 2022'));
    expect(result).toMatch(/Claim a refund by: Friday, April 18, 2025 \(3 years, CGS §12-732\(a\)\(1\)\)/);
    expect(result).toMatch(/Still timely until: Monday, April 21, 2025/);
  });

  it('estimates a plan with its schedule on Web Chat, re-asking a term outside 2–12 months', async () => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say('payment plan estimate for $1,000'))).toMatch(/penalty and interest is already on your notice/);
    expect(joined(await say('100'))).toMatch(/Over how many months/);
    expect(joined(await say('24'))).toMatch(/Please enter a number of months from 2 to 12\./);
    expect(joined(await say('3'))).toMatch(/When would the first payment be\? For example "January 15" or "next Friday"\./);
    const result = joined(await say('January 31, 2025'));
    expect(result).toMatch(/Payment plan estimate: \$373\.69 a month/);
    expect(result).toMatch(/January 31, 2025: \$373\.69 \(interest \$10\.00; left \$736\.31\)/);
    expect(result).toMatch(/March 31, 2025: \$373\.68 \(interest \$3\.70; left \$0\.00\)/);
    expect(result).toMatch(/Total paid: \$1,121\.06/);
    expect(result).toMatch(/first to interest, then to the penalty, then to the tax/);
  });

  it('keeps a plan short on SMS', async () => {
    const { say } = harness('sms');
    await say('what would my monthly payments be for $1,000 over 3 months starting January 31, 2025');
    const result = (await say('100')).at(-1);
    expect(result?.attachments).toBeUndefined();
    expect(result?.text).toMatch(/^Payment plan estimate: \$373\.69 a month\nMonthly payment: \$373\.69 for 3 months, January 31, 2025 to March 31, 2025/);
    expect(result?.text).not.toMatch(/interest \$10\.00; left/);
  });
});

describe('a deadline to claim a refund, asked in passing', () => {
  it.each([
    ["What's the last day to claim a Connecticut income tax refund for a return that was due April 15, 2022?", /Claim a refund by: Tuesday, April 15, 2025/],
    ['My income tax return for 2020 was due May 17, 2021. Until when can I file a refund claim?', /Claim a refund by: Friday, May 17, 2024/],
  ])('%j with the return\'s due date gets the date worked out', async (question, expected) => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say(question));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/When will you pay/);
  });

  it.each([
    ['My 2021 return was due April 18, 2022 and I never filed it. If I send it in May 2025, do I still get my refund?', /Your claim date: May 2025: too late\. That is after the 3-year window/],
    ['return was due april 15 2021. i file it on july 1 2024, can i get my refund back', /Your claim date: July 1, 2024: too late/],
    // No claim date: today (June 1, 2025) is after the window.
    ['can I still claim a refund for my return that was due April 15, 2022?', /Your claim date: June 1, 2025: too late/],
  ])('%j compares the claim date with the window', async (question, expected) => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say(question));
    expect(text).toMatch(/Refund claim window: it ended/);
    expect(text).toMatch(expected);
  });

  it('a claim made inside the window is not called late', async () => {
    const { say } = harness('webchat');
    await say('hi');
    const text = joined(await say('my return was due April 15, 2024; if I file in March 2025 can I claim my refund?'));
    expect(text).toMatch(/Refund claim window: until April 15, 2027/);
    expect(text).not.toMatch(/too late/);
  });

  it('without a date gets the answer on the three-year limit, not a question', async () => {
    const { say } = harness('webchat');
    await say('hi');
    expect(joined(await say("What's the last day I can claim a refund?"))).toMatch(/within 3 years from the due date of the return/);
  });
});

describe('every calculator on every channel', () => {
  const cases = [
    ['what will I owe on $300 of withholding tax due April 30, 2025 if I pay June 25, 2025', /Total: \$336\.00/],
    ['I received an R859 dated April 8, 2025, when is my deadline?', /Last day: Friday, April 18, 2025/],
    ['payment plan estimate for $1,000 over 3 months starting January 31, 2025', /penalty and interest is already on your notice/],
    ['refund claim window for my return due April 15, 2024', /Claim a refund by: Thursday, April 15, 2027/],
  ] as const;
  for (const channelId of ['webchat', 'msteams', 'sms']) {
    it.each(cases)(`${channelId}: %j`, async (text, expected) => {
      const { say } = harness(channelId);
      const replies = await say(text);
      const result = replies.at(-1);
      expect(joined(replies)).toMatch(expected);
      if (channelId === 'sms') expect(result?.attachments).toBeUndefined();
      else if (!/penalty and interest/.test(replyText(result ?? {}))) expect(result?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    });
  }
});
