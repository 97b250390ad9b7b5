// Straight from the modules, not the folders' indexes: those pull in zod (the schemas), which would
// cost this command a third of its start-up for two checks it can make itself.
import { addWorkingDays } from '../../../core/deadlines/workingDays';
import { parseIsoDate } from '../../../core/deadlines/isoDate';
import { isRegime } from '../../../core/model/regime';
import { requireOption, type CommandRun } from '../command';
import { UsageError } from '../usage';

/** `desk deadline`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const received = requireOption(values['received'], 'received');
  if (!isDate(received)) throw new UsageError(`--received "${received}" is not a date: use YYYY-MM-DD, for example 2024-05-01`);
  const regime = String(values['regime']).toLowerCase();
  if (!isRegime(regime)) throw new UsageError(`--regime "${values['regime']}" is not one of foia, eir, foisa, eisr`);
  const days = Number(values['days']);
  if (!Number.isInteger(days) || days < 1 || days > 200) throw new UsageError(`--days "${values['days']}" must be a whole number from 1 to 200`);
  const holidays = (values['holiday'] as string[]).map((h) => {
    if (!isDate(h)) throw new UsageError(`--holiday "${h}" is not a date: use YYYY-MM-DD`);
    return h;
  });
  io.out(addWorkingDays(received, days, regime, holidays));
  return 0;
};

/** A real calendar date in the years the engine counts (parseIsoDate says why not; the message here is the CLI's). */
function isDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}
