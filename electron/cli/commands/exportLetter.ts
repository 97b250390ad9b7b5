import { writeFileAtomically } from '../../services/atomicWrite';
import { parseCommandArgs, requireOption, type Command } from '../command';
import { withService } from '../withService';
import { formatOf } from './exportLog';

const help = `Usage: desk export letter --db FILE --ref REF --out FILE.(docx|pdf) [--chromium PATH]

Writes the response letter of case REF: letterhead, date, the requester's name, the questions with
their answers, and the closing paragraphs on review and complaint. The format follows the --out
extension. The letter names the requester: it is for them, not for publishing.`;

export const exportLetterCommand: Command = {
  words: ['export', 'letter'],
  summary: "write a case's response letter as DOCX or PDF",
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, ref: { type: 'string' }, out: { type: 'string' }, chromium: { type: 'string' } }, help);
    if (values.help) return io.out(help), 0;
    const db = requireOption(values.db, 'db');
    const ref = requireOption(values.ref, 'ref');
    const out = requireOption(values.out, 'out');
    const format = formatOf(out, ['docx', 'pdf']) as 'docx' | 'pdf';
    const chromium = typeof values.chromium === 'string' ? values.chromium : undefined;
    const file = await withService(
      db,
      async (call) => {
        const match = (await call('listCases', { filter: 'all', search: '' })).find((c) => c.ref === ref);
        if (!match) throw new Error(`No case with reference ${ref} in ${db}. Check the reference in the case list (desk export bundle lists every case).`);
        return call('exportLetter', { id: match.id, format });
      },
      { mustExist: true, serviceOptions: chromium ? { chromiumPath: chromium } : {} },
    );
    writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
    io.out(`Wrote the response letter for ${ref} to ${out}.`);
    return 0;
  },
};
