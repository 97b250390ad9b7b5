import { addWorkingDays } from '../../../core/deadlines';
import { IsoDateSchema, RegimeSchema } from '../../../core/model';
import { parseCommandArgs, requireOption, type Command } from '../command';
import { UsageError } from '../usage';

const help = `Usage: desk deadline --received YYYY-MM-DD [--regime foia|eir|foisa|eisr] [--days N] [--holiday YYYY-MM-DD]...

Prints the statutory due date (YYYY-MM-DD) alone on a line: the Nth working day after the day
of receipt (day 0). FOIA and EIR skip bank holidays in every part of the UK; FOISA and EISR skip
Scottish ones. --days defaults to 20. --holiday adds a one-off proclaimed bank holiday.`;

export const deadlineCommand: Command = {
  words: ['deadline'],
  summary: 'the statutory due date for a request',
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      received: { type: 'string' },
      regime: { type: 'string', default: 'foia' },
      days: { type: 'string', default: '20' },
      holiday: { type: 'string', multiple: true, default: [] },
    }, help);
    if (values.help) return io.out(help), 0;
    const received = requireOption(values.received, 'received');
    if (!IsoDateSchema.safeParse(received).success) throw new UsageError(`--received "${received}" is not a date: use YYYY-MM-DD, for example 2024-05-01`);
    const regime = RegimeSchema.safeParse(String(values.regime).toLowerCase());
    if (!regime.success) throw new UsageError(`--regime "${values.regime}" is not one of foia, eir, foisa, eisr`);
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 200) throw new UsageError(`--days "${values.days}" must be a whole number from 1 to 200`);
    const holidays = (values.holiday as string[]).map((h) => {
      if (!IsoDateSchema.safeParse(h).success) throw new UsageError(`--holiday "${h}" is not a date: use YYYY-MM-DD`);
      return h;
    });
    io.out(addWorkingDays(received, days, regime.data, holidays));
    return 0;
  },
};
