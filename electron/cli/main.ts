import { commandName, parseCommandArgs, unknownOption, type CliIo, type CommandSpec } from './command';
import { COMMANDS, GROUPS } from './commandTable';
import { nearest } from './nearest';
import { UsageError } from './usage';
import { deskVersion } from './version';
import { terminalSafe } from './terminalSafe';

// Only the command that runs is loaded (see commandTable.ts): this file and what it imports must
// stay light, because every `desk` call pays for them before it does anything.

const EXIT_CODES = `Exit codes: 0 done; 1 the work failed (a missing workspace or case, a check that fails);
2 the command was typed wrongly. With no command at all, desk prints this help on standard error
and exits 2, so a script that lost its command fails instead of carrying on.`;

function commandList(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return commands.map((c) => `  ${c.words.join(' ').padEnd(width + 2)}${c.summary}`).join('\n');
}

function mainHelp(): string {
  return `desk: Disclosure Desk on the command line

Usage: desk <command> [options]
       desk --help | --version

Commands:
${commandList(COMMANDS)}

Run "desk <command> --help" for a command's options, e.g. desk export log --help.
Wherever a command takes --db FILE, a team workspace works too: --db postgres://USER@HOST/DATABASE
(TLS verify-full; the CA as ?sslrootcert=FILE; the password from ~/.pgpass or PGPASSWORD).
${EXIT_CODES}`;
}

function groupHelp(group: string): string {
  const members = COMMANDS.filter((c) => c.words[0] === group);
  return `Usage: desk ${group} <${members.map((c) => c.words[1]).join('|')}> [options]

${GROUPS[group] ?? ''}

Commands:
${commandList(members)}

Run "desk ${group} <command> --help" for a command's options.`;
}

const isHelp = (word: string | undefined) => word === '--help' || word === '-h';

type Resolved = { kind: 'command'; spec: CommandSpec; rest: string[] } | { kind: 'group'; group: string; rest: string[] };

/**
 * Finds what argv names: a command ("export bundle") or a group of commands ("export").
 * A word that names neither is a usage error suggesting the nearest real one.
 */
function resolve(argv: string[]): Resolved {
  const [first = '', second] = argv;
  const spec = COMMANDS.find((c) => c.words.every((w, i) => argv[i] === w));
  if (spec) return { kind: 'command', spec, rest: argv.slice(spec.words.length) };
  const groupMembers = COMMANDS.filter((c) => c.words.length > 1 && c.words[0] === first);
  if (groupMembers.length > 0) {
    if (second === undefined || second.startsWith('-')) return { kind: 'group', group: first, rest: argv.slice(1) };
    const guess = nearest(second, groupMembers.map((c) => c.words[1]!));
    throw new UsageError(`desk ${first}: unknown command "${second}"${guess ? `: did you mean "desk ${first} ${guess}"?` : ''} (see desk ${first} --help)`);
  }
  if (first.startsWith('-')) throw new UsageError(`desk: ${unknownOption(first, ['help', 'version'], '(see desk --help)').message}`);
  const firstWords = [...new Set(COMMANDS.map((c) => c.words[0]!)), 'help'];
  const guess = nearest(first, firstWords);
  throw new UsageError(`desk: unknown command "${first}"${guess ? `: did you mean "desk ${guess}"?` : ''} (see desk --help)`);
}

/** `desk help export log` is `desk export log --help`. */
function helpFor(words: string[]): string {
  if (words.length === 0) return mainHelp();
  const found = resolve(words);
  if (found.kind === 'group') return groupHelp(found.group);
  if (found.rest.length > 0) throw new UsageError(`desk help: unexpected "${found.rest[0]}" (see desk --help)`);
  return found.spec.help;
}

/**
 * Runs one command line. Exit codes: 0 done, 1 the work failed (a bad bundle, a missing case or
 * workspace), 2 the command was typed wrongly. Either way one readable line on stderr (a refused
 * check lists its findings), never a stack trace.
 */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  // Every line goes through terminalSafe: its text may come from a hostile file or reference.
  const io: CliIo = { ...terminal, out: (line) => terminal.out(terminalSafe(line)), err: (line) => terminal.err(terminalSafe(line)) };
  const [first] = argv;
  if (first === undefined) {
    io.err(mainHelp());
    return 2;
  }

  let spec: CommandSpec | undefined;
  try {
    if (first === 'help' || isHelp(first)) return io.out(helpFor(argv.slice(1))), 0;
    if (first === '--version') {
      if (argv.length > 1) throw new UsageError(`desk: --version takes nothing after it, but was given "${argv[1]}" (see desk --help)`);
      return io.out(deskVersion()), 0;
    }
    const found = resolve(argv);
    if (found.kind === 'group') {
      if (isHelp(found.rest[0])) return io.out(groupHelp(found.group)), 0;
      const names = COMMANDS.filter((c) => c.words[0] === found.group).map((c) => c.words[1]);
      throw new UsageError(`desk ${found.group}: name a command: ${names.join(', ').replace(/, ([^,]*)$/, ' or $1')} (see desk ${found.group} --help)`);
    }
    spec = found.spec;
    const args = parseCommandArgs(found.rest, spec);
    if (args.values['help']) return io.out(spec.help), 0;
    const { run } = await spec.load();
    return await run(args, io);
  } catch (err) {
    const prefix = spec ? `${commandName(spec)}: ` : '';
    if (err instanceof UsageError) {
      io.err(prefix + err.message);
      return 2;
    }
    io.err(prefix + (err instanceof Error ? err.message : String(err)));
    if (process.env['DESK_DEBUG'] && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}
