import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<string>;
}

export interface Command {
  /** Words that select the command: ["export", "bundle"]. */
  words: string[];
  summary: string;
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into one-line usage errors. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, help: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  } finally {
    void help;
  }
}

export function requireOption(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required (see --help)`);
  return value;
}
