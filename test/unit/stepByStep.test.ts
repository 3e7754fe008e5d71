import { describe, expect, it } from 'vitest';
import { stepByStep } from '../../src/lib/stepByStep.js';
import { recognizerWarmUpSteps } from '../../src/nlu/extract.js';

describe('stepByStep', () => {
  it('lets other work run between its steps', async () => {
    const order: string[] = [];
    const running = stepByStep([() => order.push('step 1'), () => order.push('step 2'), () => order.push('step 3')]);
    setImmediate(() => {
      order.push('a request');
      setImmediate(() => order.push('another request'));
    });
    await running;
    expect(order.indexOf('a request')).toBeLessThan(order.indexOf('step 2'));
    expect(order.indexOf('another request')).toBeLessThan(order.indexOf('step 3'));
    expect(order.filter((item) => item.startsWith('step'))).toEqual(['step 1', 'step 2', 'step 3']);
  });

  it('goes on past a step that throws', async () => {
    const done: number[] = [];
    await stepByStep([
      () => done.push(1),
      () => {
        throw new Error('not now');
      },
      () => done.push(3),
    ]);
    expect(done).toEqual([1, 3]);
  });

  it('has the English number recognizers read an amount and a number, which builds their models', () => {
    expect(recognizerWarmUpSteps.map((step) => step())).toEqual([1250.5, 6]);
  });
});
