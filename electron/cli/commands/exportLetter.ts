import { writeFileAtomically } from '../../services/atomicWrite';
import { caseIdByRef } from '../caseByRef';
import { optionalString, requireOption, type CommandRun } from '../command';
import { earlyPrinter } from '../earlyPrinter';
import { formatOf } from '../outputFormat';
import { passSendChecks } from '../sendChecks';
import { UsageError } from '../usage';

/** `desk export letter`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const ref = requireOption(values['ref'], 'ref');
  const out = requireOption(values['out'], 'out');
  const format = formatOf(out, ['docx', 'pdf'] as const);
  const reason = optionalString(values['override'])?.trim();
  if (reason === '') throw new UsageError('--override needs a reason, e.g. --override "The requester asked for the reply in this form" (see --help)');
  const draft = values['draft'] === true;
  if (draft && reason !== undefined) throw new UsageError('--draft skips the send checks, so --override has nothing to override: leave one of them out (see --help)');
  const chromium = optionalString(values['chromium']);
  const printer = earlyPrinter(format, db, chromium);
  let exported;
  try {
    // The workspace's code is loaded after Chromium is asked to start, so that it loads beside the browser's start.
    const { withService } = await import('../withService');
    exported = await withService(
      db,
      async (call) => {
        const id = await caseIdByRef(call, ref, db);
        // A draft is for sign-off, not for the requester: the send checks run on the real thing.
        if (draft) return { file: await call('exportLetter', { id, format, draft }), overridden: [] };
        const overridden = await passSendChecks(call, id, ref, reason);
        return { file: await call('exportLetter', { id, format }), overridden };
      },
      { mustExist: true, serviceOptions: printer ? { pdfPrinter: printer } : chromium ? { chromiumPath: chromium } : {} },
    );
  } finally {
    await printer?.dispose();
  }
  const { file, overridden } = exported;
  writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
  if (overridden.length > 0) io.out(`Recorded your reason on ${ref} for going ahead despite ${overridden.length === 1 ? 'one failing check' : `${overridden.length} failing checks`} (${[...new Set(overridden.map((f) => f.ruleId))].join(', ')}).`);
  else if (reason !== undefined) io.out('The send checks pass, so --override was not needed and nothing was recorded.');
  io.out(draft ? `Wrote a draft of the response letter for ${ref} to ${out} (marked DRAFT — not for sending).` : `Wrote the response letter for ${ref} to ${out}.`);
  return 0;
};
