import type { BinnedCase } from '../../../core/api/contract';
import { BIN_DAYS } from '../../../core/api/bin';
import { requireOption, type CommandRun } from '../command';
import { terminalSafe } from '../terminalSafe';
import { UsageError } from '../usage';
import { withService } from '../withService';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function line(c: BinnedCase): string {
  return [c.ref, c.deletedAt.slice(0, 10), plural(c.daysLeft, 'day') + ' left', terminalSafe(c.title)].join('\t');
}

/** `desk bin list`: see its help in ../commandTable.ts. */
export const runList: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const binned = await withService(db, (call) => call('listBin', {}), { mustExist: true });
  if (values['json']) io.out(JSON.stringify(binned, null, 2));
  else {
    binned.forEach((c) => io.out(line(c)));
    io.out(binned.length === 0 ? 'The bin is empty.' : `${plural(binned.length, 'case')} in the bin.`);
  }
  return 0;
};

/** `desk bin purge`: see its help in ../commandTable.ts. */
export const runPurge: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const typed = values['older-than-days'];
  const days = typed === undefined ? BIN_DAYS : Number(typed);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--older-than-days "${String(typed)}" is not a whole number of days, 0 or more`);
  const { purged } = await withService(db, (call) => call('purgeBin', { olderThanDays: days }), { mustExist: true });
  if (values['json']) io.out(JSON.stringify(purged, null, 2));
  else {
    purged.forEach((c) => io.out(`Removed ${c.ref}\t${terminalSafe(c.title)}`));
    io.out(purged.length === 0 ? `No case has been in the bin for more than ${plural(days, 'day')}.` : `${plural(purged.length, 'case')} removed for good.`);
  }
  return 0;
};
