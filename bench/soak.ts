import { parseArgs } from 'node:util';
import { runSoak, soakProblems } from './soakRun.js';

/**
 * `npm run soak -- [--conversations 50] [--seconds 120] [--think-ms 100] [--database-url postgres://…]`:
 * many taxpayers at once for a while (questions, calculations, Priority One cases) against an
 * assistant started in this process; exits 1 on a server error or a lost or doubled case.
 */
const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '120' },
    'think-ms': { type: 'string', default: '100' },
    'database-url': { type: 'string' },
  },
});
const whole = (name: string, value: string | undefined, min: number) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    process.stderr.write(`--${name} must be a whole number of at least ${min}\n`);
    process.exit(2);
  }
  return number;
};
const options = {
  conversations: whole('conversations', values.conversations, 1),
  seconds: whole('seconds', values.seconds, 1),
  thinkMs: whole('think-ms', values['think-ms'], 0),
  databaseUrl: values['database-url'],
};

process.stdout.write(`soak: ${options.conversations} conversations at once for ${options.seconds} s…\n`);
const report = await runSoak(options);
const problems = soakProblems(report);
const errors = Object.entries(report.httpErrors).map(([status, count]) => `${status}: ${count}`).join(', ') || 'none';
process.stdout.write(
  [
    `database         ${report.engine}, ${report.seconds} s`,
    `conversations    ${report.conversations}`,
    `turns            ${report.turns} (${(report.turns / Math.max(1, report.seconds)).toFixed(1)}/s), ${report.unexpectedReplies} with an unexpected reply`,
    `HTTP errors      ${errors} (5xx: ${report.serverErrors}, 429: ${report.rateLimited})`,
    `error log lines  ${report.errorLogLines}`,
    `cases            ${report.cases.confirmed} confirmed, ${report.cases.inDatabase} in the database, ${report.cases.confirmedNotInDatabase.length} lost, ${report.cases.confirmedTwice.length} told twice, ${report.cases.inDatabaseNotConfirmed} stored but not confirmed`,
    `turn latency     p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    `RSS              start ${report.rssMb.start} MB, end ${report.rssMb.end} MB, peak ${report.rssMb.peak} MB`,
    problems.length ? `FAILED: ${problems.join('; ')}` : 'OK',
    '',
  ].join('\n'),
);
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(problems.length ? 1 : 0);
