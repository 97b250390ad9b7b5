#!/usr/bin/env node
import { runCli } from './cli/main';

/** The `desk` command: a thin entry over DeskService (see electron/cli/). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readStdin,
}).then((code) => {
  process.exitCode = code;
});
