import { extname } from 'node:path';
import { writeFileAtomically } from '../../services/atomicWrite';
import { parseCommandArgs, requireOption, type Command } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';

const help = `Usage: desk export log --db FILE --month YYYY-MM --out FILE.(docx|pdf|html) [--chromium PATH]

Writes the month's disclosure log: every case sent in that month and marked for publishing, with a
linked contents list, each request and the response question by question. The requesters' details
are never included. The format follows the --out extension. PDF is printed by Chromium: --chromium
names it, else DESK_CHROMIUM, else the usual install paths are searched.`;

export const FORMATS = ['docx', 'pdf', 'html'] as const;

export function formatOf(out: string, allowed: readonly string[]): string {
  const format = extname(out).slice(1).toLowerCase();
  if (!allowed.includes(format)) throw new UsageError(`--out "${out}" must end in ${allowed.map((f) => '.' + f).join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
  return format;
}

export const exportLogCommand: Command = {
  words: ['export', 'log'],
  summary: "write a month's disclosure log as DOCX, PDF or HTML",
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' }, chromium: { type: 'string' } }, help);
    if (values.help) return io.out(help), 0;
    const db = requireOption(values.db, 'db');
    const month = requireOption(values.month, 'month');
    const out = requireOption(values.out, 'out');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-05`);
    const format = formatOf(out, FORMATS) as (typeof FORMATS)[number];
    const chromium = typeof values.chromium === 'string' ? values.chromium : undefined;
    const file = await withService(db, (call) => call('exportLog', { month, format }), { mustExist: true, serviceOptions: chromium ? { chromiumPath: chromium } : {} });
    writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
    io.out(`Wrote the disclosure log for ${month} to ${out}.`);
    return 0;
  },
};
