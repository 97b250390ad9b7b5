import { addWorkingDays } from '../../../core/deadlines';
import { IsoDateSchema, RegimeSchema } from '../../../core/model';
import { requireOption, type CommandRun } from '../command';
import { UsageError } from '../usage';

/** `desk deadline`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const received = requireOption(values['received'], 'received');
  if (!IsoDateSchema.safeParse(received).success) throw new UsageError(`--received "${received}" is not a date: use YYYY-MM-DD, for example 2024-05-01`);
  const regime = RegimeSchema.safeParse(String(values['regime']).toLowerCase());
  if (!regime.success) throw new UsageError(`--regime "${values['regime']}" is not one of foia, eir, foisa, eisr`);
  const days = Number(values['days']);
  if (!Number.isInteger(days) || days < 1 || days > 200) throw new UsageError(`--days "${values['days']}" must be a whole number from 1 to 200`);
  const holidays = (values['holiday'] as string[]).map((h) => {
    if (!IsoDateSchema.safeParse(h).success) throw new UsageError(`--holiday "${h}" is not a date: use YYYY-MM-DD`);
    return h;
  });
  io.out(addWorkingDays(received, days, regime.data, holidays));
  return 0;
};
