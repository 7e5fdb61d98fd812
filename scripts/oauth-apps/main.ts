import { createInterface } from 'node:readline/promises';
import { parseCommand, UsageError } from './args';
import { createOAuthAppsApi } from './client';
import { runCommand, type Io } from './commands';
import { describeError } from './format';
import { resolveTarget, type Target } from './target';

// Entry of `npm run oauth-apps -- <command>`: exit 0 on success, 2 on usage errors, 1 otherwise.
const PREFIX = 'oauth-apps:';

const io: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  isTTY: Boolean(process.stdin.isTTY),
  async confirm(question) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^y(es)?$/i.test((await rl.question(question)).trim());
    } finally {
      rl.close();
    }
  },
};

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`${PREFIX} ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

let target: Target | null = null;
try {
  const command = parseCommand(process.argv.slice(2), process.cwd());
  if (command.name === 'help') {
    io.out(command.text);
  } else {
    target = resolveTarget(process.env);
    await runCommand(command, createOAuthAppsApi(target), io);
  }
} catch (error) {
  if (error instanceof UsageError) fail(`${error.message}`, 2);
  if (target) fail(describeError(error, target), 1);
  fail(error instanceof Error ? error.message : String(error), 1);
}
