import { parseCommandArgs, requireOption, type Command } from '../command';
import { withService } from '../withService';
import { writeFileAtomically } from '../../services/atomicWrite';

const help = `Usage: desk export bundle --db FILE --out FILE.json [--ref REF]...

Writes the workspace's cases (or only those named with --ref) as a bundle, format disclosure-desk/1.
The bundle includes requesters' details: keep it as safe as the workspace itself.`;

export const exportBundleCommand: Command = {
  words: ['export', 'bundle'],
  summary: "write a workspace's cases as a bundle",
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, out: { type: 'string' }, ref: { type: 'string', multiple: true } }, help);
    if (values.help) return io.out(help), 0;
    const db = requireOption(values.db, 'db');
    const out = requireOption(values.out, 'out');
    const refs = values.ref as string[] | undefined;
    const bundle = await withService(db, (call) => call('exportBundle', refs?.length ? { refs } : {}), { mustExist: true });
    writeFileAtomically(out, JSON.stringify(bundle, null, 2) + '\n');
    io.out(`Wrote ${bundle.cases.length} case${bundle.cases.length === 1 ? '' : 's'} to ${out}.`);
    return 0;
  },
};
