import { writeFileAtomically } from '../../services/atomicWrite';
import { requireOption, type CommandRun } from '../command';
import { formatOf } from '../outputFormat';
import { UsageError } from '../usage';

/** `desk export log`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const month = requireOption(values['month'], 'month');
  const out = requireOption(values['out'], 'out');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-05`);
  const format = formatOf(out, ['docx', 'pdf', 'html'] as const);
  const { withService } = await import('../withService');
  const file = await withService(db, (call) => call('exportLog', { month, format }), { mustExist: true });
  writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
  io.out(`Wrote the disclosure log for ${month} to ${out}.`);
  return 0;
};
