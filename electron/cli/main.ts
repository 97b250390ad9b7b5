import { DeskError } from '../../core/api/errors';
import type { CliIo, Command } from './command';
import { COMMANDS } from './commands';
import { UsageError } from './usage';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length));
  const lines = COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(width + 2)}${c.summary}`);
  return `desk: Disclosure Desk on the command line\n\nUsage: desk <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "desk <command> --help" for a command's options.`;
}

/** The longest command whose words begin argv: "export bundle" before "export". */
function findCommand(argv: string[]): Command | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.words.length - a.words.length)
    .find((c) => c.words.every((w, i) => argv[i] === w));
}

/**
 * Runs one command line. Exit codes: 0 done, 1 the work failed (a bad bundle, a missing case),
 * 2 the command was typed wrongly. Either way one readable line on stderr, never a stack trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(mainHelp());
    return argv.length === 0 ? 2 : 0;
  }
  const command = findCommand(argv);
  if (!command) {
    io.err(`desk: unknown command "${argv.slice(0, 2).join(' ')}". Run "desk --help" for the list.`);
    return 2;
  }
  try {
    return await command.run(argv.slice(command.words.length), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`desk ${command.words.join(' ')}: ${err.message}`);
      return 2;
    }
    const message = err instanceof DeskError || err instanceof Error ? err.message : String(err);
    io.err(`desk ${command.words.join(' ')}: ${message}`);
    if (process.env['DESK_DEBUG'] && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}
