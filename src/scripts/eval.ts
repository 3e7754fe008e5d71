import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/**
 * `npm run eval -- --base http://127.0.0.1:3978 [--set file.jsonl] [--verbose]`: runs the shared
 * question-set harness (../shared/eval/run-eval.mjs, or --harness PATH) against a running assistant.
 */
const args = process.argv.slice(2);
const harnessFlag = args.indexOf('--harness');
const harness = harnessFlag >= 0 ? args.splice(harnessFlag, 2)[1] ?? '' : join(projectRoot, '..', 'shared', 'eval', 'run-eval.mjs');
if (!existsSync(harness)) {
  process.stderr.write(`The evaluation harness was not found at ${harness}; pass --harness PATH/run-eval.mjs.\n`);
  process.exit(2);
}
if (!args.includes('--base')) args.push('--base', 'http://127.0.0.1:3978');
const run = spawnSync(process.execPath, [harness, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
