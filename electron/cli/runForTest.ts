import { runCli } from './main';

/** Runs one `desk` command line in-process, as the tests need it: exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliWithStdin(argv, '');
}

export async function cliWithStdin(argv: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
