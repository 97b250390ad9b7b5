import { writeFileAtomically } from '../../services/atomicWrite';
import { earlyPrinter } from '../earlyPrinter';
import { optionalString, requireOption, type CommandRun } from '../command';
import { formatOf } from '../outputFormat';
import { UsageError } from '../usage';

/** `desk export log`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const month = requireOption(values['month'], 'month');
  const out = requireOption(values['out'], 'out');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-05`);
  const format = formatOf(out, ['docx', 'pdf', 'html'] as const);
  const chromium = optionalString(values['chromium']);
  const printer = earlyPrinter(format, db, chromium);
  try {
    // The workspace's code (SQLite, the checks, the documents) is loaded after Chromium is asked to
    // start, so that loading it is among the work the browser's start runs beside.
    const { withService } = await import('../withService');
    const serviceOptions = printer ? { pdfPrinter: printer } : chromium ? { chromiumPath: chromium } : {};
    const file = await withService(db, (call) => call('exportLog', { month, format }), { mustExist: true, serviceOptions });
    writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
  } finally {
    await printer?.dispose();
  }
  io.out(`Wrote the disclosure log for ${month} to ${out}.`);
  return 0;
};
