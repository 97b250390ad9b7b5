import { readFileSync } from 'node:fs';
import { parseCommandArgs, requireOption, type Command } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';

const help = `Usage: desk import --db FILE [--replace] BUNDLE.json

Imports a case bundle (format disclosure-desk/1, see docs/bundle-format.md) into the workspace FILE,
creating it if needed. All or nothing: a bundle with any error changes nothing, and the error names
its JSON path. A case whose reference already exists is refused unless --replace is given.`;

export const importCommand: Command = {
  words: ['import'],
  summary: 'import a case bundle into a workspace',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, replace: { type: 'boolean', default: false } }, help);
    if (values.help) return io.out(help), 0;
    const db = requireOption(values.db, 'db');
    if (positionals.length !== 1) throw new UsageError('name one bundle file to import (see --help)');
    const file = positionals[0]!;
    let bundle: unknown;
    try {
      bundle = JSON.parse(file === '-' ? await io.readStdin() : readFileSync(file, 'utf8'));
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      throw new Error(`${file} could not be read as JSON: ${reason}. Nothing was changed.`);
    }
    const result = await withService(db, (call) => call('importBundle', { bundle, replace: values.replace }));
    io.out(`Imported ${result.imported.length} case${result.imported.length === 1 ? '' : 's'}${result.replaced.length ? ` (replaced ${result.replaced.join(', ')})` : ''}.`);
    return 0;
  },
};
