import { loadConfig } from '../config.js';
import { consoleUser } from './consoleUserCommand.js';

/** `npm run console:user -- add|reset|remove NAME` and `-- list` (see consoleUserCommand.ts). */
process.exitCode = await consoleUser(process.argv.slice(2), {
  config: () => loadConfig(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
