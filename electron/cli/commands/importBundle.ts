import { readFileSync } from 'node:fs';
import { requireOption, type CliIo, type CommandRun } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';
import { parseBundleText } from '../../../core/model/bundleText';

/** `desk import`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values, positionals }, io) => {
  const db = requireOption(values['db'], 'db');
  const file = positionals[0];
  if (file === undefined) throw new UsageError('name one bundle file to import (see --help)');
  const bundle = await readBundle(file, io);
  const settings = values['settings'] as 'keep' | 'replace' | undefined;
  if (settings !== undefined && settings !== 'keep' && settings !== 'replace') throw new UsageError(`--settings takes keep or replace, not "${settings}"`);
  const result = await withService(db, (call) => call('importBundle', { bundle, replace: values['replace'] === true, ...(settings ? { settings } : {}) }));
  io.out(`Imported ${result.imported.length} case${result.imported.length === 1 ? '' : 's'}${result.replaced.length ? ` (replaced ${result.replaced.join(', ')})` : ''}.`);
  if (result.settings === 'replaced') io.out("The workspace's settings were replaced by the bundle's.");
  if (result.settings === 'adopted') io.out("The workspace had no settings of its own, so it took the bundle's.");
  if (result.settings === 'kept' && result.settingsDifferences.length) {
    io.out(`The workspace kept its own settings; the bundle's differ in: ${result.settingsDifferences.join(', ')}. Use --settings replace to take the bundle's.`);
  }
  return 0;
};

/**
 * The file's bytes and text are let go as soon as they are parsed (this function returns only the
 * parsed bundle), so a 40 MB bundle is not held three times over while it is imported.
 */
async function readBundle(file: string, io: CliIo): Promise<unknown> {
  let bytes: Uint8Array | string;
  try {
    bytes = file === '-' ? await io.readStdin() : readFileSync(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (err as Error).message;
    throw new Error(`${file} could not be read: ${reason}. Nothing was changed.`);
  }
  return parseBundleText(bytes, file === '-' ? 'The bundle on standard input' : file);
}
