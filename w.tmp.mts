const t0 = performance.now();
const { recognizerWarmUpSteps } = await import('./src/nlu/extract.ts');
console.log('import', (performance.now() - t0).toFixed(0));
for (const step of recognizerWarmUpSteps) { const s = performance.now(); step(); console.log('step', (performance.now() - s).toFixed(0)); }
const { findAmount, findDates } = await import('./src/nlu/extract.ts');
let s = performance.now(); findAmount('I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?', '2026-12-07'); console.log('calc amount', (performance.now() - s).toFixed(0));
s = performance.now(); findDates('I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?', '2026-12-07'); console.log('calc dates', (performance.now() - s).toFixed(0));
