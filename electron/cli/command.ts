import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from './nearest';
import { UsageError } from './usage';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<string>;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** What the command line said, once checked against the command's options. */
export interface ParsedArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/** A command's work, given its checked arguments. Returns the exit code. */
export type CommandRun = (args: ParsedArgs, io: CliIo) => Promise<number>;

/**
 * One `desk` command as the table lists it: enough to print its help and check its options
 * without loading its code, which `load` imports only when the command runs (so `desk --help`
 * never loads docx, SQLite or Chromium's driver).
 */
export interface CommandSpec {
  /** Words that select the command: ["export", "bundle"]. */
  words: string[];
  summary: string;
  help: string;
  options: Options;
  /** How many plain arguments (file names, ids) it takes besides options; 0 when unset. */
  maxPositionals?: number;
  load: () => Promise<{ run: CommandRun }>;
}

/** "desk export bundle", as messages name a command. */
export const commandName = (spec: Pick<CommandSpec, 'words'>): string => `desk ${spec.words.join(' ')}`;

/**
 * node:util parseArgs, with its errors turned into one-line usage errors that say what to type:
 * an unknown option names the nearest real one.
 */
export function parseCommandArgs(args: string[], spec: Pick<CommandSpec, 'words' | 'options' | 'maxPositionals'>): ParsedArgs {
  const options: Options = { ...spec.options, help: { type: 'boolean', short: 'h' } };
  const seeHelp = `(see ${commandName(spec)} --help)`;
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as Error & { code?: string };
    const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(e.message)?.[1] : undefined;
    if (unknown) throw unknownOption(unknown, Object.keys(options), seeHelp);
    throw new UsageError(`${e.message.split('\n')[0]} ${seeHelp}`);
  }
  if (parsed.values['help']) return parsed;
  const extra = parsed.positionals[spec.maxPositionals ?? 0];
  if (extra !== undefined) throw new UsageError(`unexpected "${extra}" ${seeHelp}`);
  return parsed;
}

/** "unknown option --recieved: did you mean --received?", or without the question when nothing is close. */
export function unknownOption(typed: string, optionNames: readonly string[], seeHelp: string): UsageError {
  const name = typed.replace(/^-+/, '').split('=')[0]!;
  const guess = typed.startsWith('--') ? nearest(name, optionNames) : undefined;
  return new UsageError(`unknown option ${typed.split('=')[0]}${guess ? `: did you mean --${guess}?` : ''} ${seeHelp}`);
}

export function requireOption(value: ParsedArgs['values'][string], name: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required (see --help)`);
  return value;
}

/** A string option that may be absent. */
export function optionalString(value: ParsedArgs['values'][string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
