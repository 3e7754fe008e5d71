import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { SqlKnowledgeLog } from '../db/sqlKnowledgeLog.js';
import { openConfiguredDatabase } from '../compose/database.js';

/**
 * `npm run kb:gaps [-- --limit 50]`: questions the assistant could not answer, most frequent
 * first, with the entries that came closest, and the answers taxpayers said did not help.
 */
const { values } = parseArgs({ options: { limit: { type: 'string', default: '50' } } });
const config = loadConfig();
const db = await openConfiguredDatabase(config);
try {
  const log = new SqlKnowledgeLog(db);
  const gaps = await log.gaps(Number(values.limit));
  if (gaps.length === 0) process.stdout.write('No unanswered questions recorded.\n');
  for (const gap of gaps) {
    const near = gap.nearMisses.map((miss) => `${miss.id} (${miss.confidence.toFixed(2)})`).join(', ') || 'none';
    process.stdout.write(`${String(gap.count).padStart(4)}×  ${gap.question}\n       last ${gap.lastAsked.slice(0, 16).replace('T', ' ')}; closest: ${near}\n`);
  }
  const unhelpful = (await log.feedbackSummary()).filter((row) => row.notHelpful > 0);
  if (unhelpful.length > 0) {
    process.stdout.write('\nAnswers marked "did not help":\n');
    for (const row of unhelpful) process.stdout.write(`${String(row.notHelpful).padStart(4)}×  ${row.entryId} (helped ${row.helpful}×)\n`);
  }
} finally {
  await db.close();
}
