import { requireOption, type CommandRun } from '../command';
import { withService } from '../withService';
import { writeFileAtomically } from '../../services/atomicWrite';

/** `desk export bundle`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const out = requireOption(values['out'], 'out');
  const refs = values['ref'] as string[] | undefined;
  const bundle = await withService(db, (call) => call('exportBundle', refs?.length ? { refs } : {}), { mustExist: true });
  writeFileAtomically(out, JSON.stringify(bundle, null, 2) + '\n');
  io.out(`Wrote ${bundle.cases.length} case${bundle.cases.length === 1 ? '' : 's'} to ${out}.`);
  return 0;
};
