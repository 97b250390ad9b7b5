import { readFileSync } from 'node:fs';
import { splitRequestToJson } from '../../../core/intake';
import { readRequestFile } from '../../services/intake';
import { parseCommandArgs, type Command } from '../command';
import { UsageError } from '../usage';

const help = `Usage: desk split [FILE | -]

Splits a request into its questions and prints them as JSON:
  {"questions": [{"number": "1.a", "label": "a.", "text": "…", "heading": false}, …]}
FILE is a saved email (.eml or Outlook .msg), a Word document (.docx) or a text file (.txt).
With - or no FILE the request is read as text from standard input.`;

export const splitCommand: Command = {
  words: ['split'],
  summary: 'split a request into its questions (JSON)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {}, help);
    if (values.help) return io.out(help), 0;
    if (positionals.length > 1) throw new UsageError('name at most one request file (see --help)');
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
  },
};
