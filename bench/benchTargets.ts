import type { VariantResult } from './assistantRun.js';
import { ratio } from './benchReport.js';
import type { Target } from './benchReport.js';

/** The targets of one run of the assistant (a Node version and a database engine). */
export function variantTargets(result: VariantResult): Target[] {
  const { rows, rssMb } = result;
  const at = (n: number) => rows.find((row) => row.server === 'assistant' && row.concurrency === n);
  const latency = (n: number, limit: number): Target => {
    const row = at(n);
    return {
      name: `p99 at N=${n} < ${limit} ms on open connections, no errors`,
      value: row ? `${row.latencyMs.p99} ms, ${row.errors.total} errors` : 'not measured',
      met: row !== undefined && row.latencyMs.p99 < limit && row.errors.total === 0,
    };
  };
  const afterLoad = Math.max(rssMb.rest, rssMb.afterConversations);
  return [
    { name: 'throughput at N=10 >= 0.5x echo floor', value: at(10) ? `${ratio(rows, 10, 'echo floor').toFixed(2)}x` : 'not measured', met: ratio(rows, 10, 'echo floor') >= 0.5 },
    latency(10, 50),
    latency(50, 100),
    { name: 'RSS when ready <= 300 MB', value: `${rssMb.ready} MB`, met: rssMb.ready <= 300 },
    { name: 'RSS after the load runs <= 400 MB', value: `${afterLoad} MB`, met: afterLoad <= 400 },
    {
      name: 'RSS growth < 20 MB per 10,000 conversations',
      value: `${rssMb.growthPer10kConversations} MB (${rssMb.rest} → ${rssMb.afterConversations} MB over ${result.memoryDrive.conversations} conversations)`,
      met: rssMb.growthPer10kConversations < 20,
    },
    { name: 'start-to-ready <= 2 s, fresh', value: `${(result.startToReadyMs / 1000).toFixed(2)} s`, met: result.startToReadyMs <= 2000 },
    { name: 'start-to-ready <= 1 s, restart', value: `${(result.restartToReadyMs / 1000).toFixed(2)} s`, met: result.restartToReadyMs <= 1000 },
  ];
}
