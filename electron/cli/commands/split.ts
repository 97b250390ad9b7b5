import { readFileSync } from 'node:fs';
import { splitRequestToJson } from '../../../core/intake';
import { readRequestFile } from '../../services/intake';
import type { CommandRun } from '../command';

/** `desk split`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ positionals }, io) => {
  const file = positionals[0] ?? '-';
  let text: string;
  if (file === '-') text = await io.readStdin();
  else {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
      throw new Error(`${file} could not be opened: ${reason}.`);
    }
    text = (await readRequestFile(file, bytes)).text;
  }
  io.out(JSON.stringify(splitRequestToJson(text), null, 2));
  return 0;
};
