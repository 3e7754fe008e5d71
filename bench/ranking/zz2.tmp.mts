import { loadProjectKnowledge, loadProjectTranslations } from '../../src/kb/knowledgeBase.js';
import { spanishText } from '../../src/kb/spanishText.js';
import { KnowledgeSearch, defaultTuning } from '../../src/kb/search.js';
import { englishText } from '../../src/kb/textAnalysis.js';
import { knowledgeDir } from '../../src/paths.js';
import { readQuestionSet } from './questionSets.js';
const en = loadProjectKnowledge(knowledgeDir);
const es = process.env.SET?.startsWith('es');
const entries = es ? loadProjectTranslations(knowledgeDir, en) : en;
const search = new KnowledgeSearch(entries, { ...defaultTuning, answerThreshold: Number(process.env.TH ?? 0.55) }, es ? spanishText : englishText);
const set = (process.env.SET ?? 'tuning') as 'tuning';
let right = 0, n = 0, fb = 0, nout = 0;
for (const row of readQuestionSet(set)) {
  const r = search.search(row.q);
  if (!row.entry) { nout++; if (r.kind === 'none') fb++; else if (process.env.SHOWOUT) console.log('ANSWERED-OUT', row.q, '→', r.kind === 'answer' ? r.best.entry.id : r.candidates.map((c) => c.entry.id)); continue; }
  n++;
  const ok = r.kind === 'answer' && r.best.entry.id === row.entry;
  if (ok) right++;
  else if (process.env.SHOW && (process.env.SHOW === 'all' || r.kind === process.env.SHOW)) console.log(r.kind.padEnd(9), row.q, '| want', row.entry, '| got', r.kind === 'answer' ? r.best.entry.id : r.kind === 'ambiguous' ? r.candidates.map((c) => c.entry.id).join('/') : r.nearMisses.map((m) => `${m.entry.id}:${m.confidence.toFixed(2)}`).join(' '), '| tokens', englishText.canonicalTokens(englishText.canonicalText(row.q)).join(' '));
}
console.log(`${set}: right ${right}/${n} = ${(100 * right / n).toFixed(1)}%  fallback ${fb}/${nout} = ${(100 * fb / nout).toFixed(1)}%`);
