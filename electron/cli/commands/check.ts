import { blockingFindings } from '../../../core/checks/applyOverrides';
import { CheckPurposeSchema, type Finding } from '../../../core/checks/finding';
import { caseIdByRef } from '../caseByRef';
import { optionalString, requireOption, type CommandRun } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';

function line(f: Finding): string {
  const message = f.override ? `${f.message} [overridden: ${f.override.reason}]` : f.message;
  return [f.ruleId, f.severity, f.caseRef, f.questionNumber ?? '-', message].join('\t');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `desk check`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const ref = optionalString(values['ref']);
  const month = optionalString(values['month']);
  if ((ref === undefined) === (month === undefined)) throw new UsageError('give either --ref REF or --month YYYY-MM (see --help)');
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-05`);
  const purposeArg = values['purpose'] ?? (ref !== undefined ? 'send' : 'publish');
  const purpose = CheckPurposeSchema.safeParse(purposeArg);
  if (!purpose.success) throw new UsageError(`--purpose "${String(purposeArg)}" is not one of send, publish`);

  const findings = await withService(
    db,
    async (call) => {
      if (month !== undefined) return call('checkMonth', { month, purpose: purpose.data });
      return call('checkCase', { id: await caseIdByRef(call, ref!, db), purpose: purpose.data });
    },
    { mustExist: true },
  );
  // An error the officer has overridden with a reason no longer stops the response, as in the window.
  const errors = blockingFindings(findings).length;
  const overridden = findings.filter((f) => f.severity === 'error' && f.override).length;
  const warnings = findings.filter((f) => f.severity !== 'error').length;
  if (values['json']) {
    io.out(JSON.stringify(findings, null, 2));
  } else {
    findings.forEach((f) => io.out(line(f)));
    io.out(findings.length === 0 ? 'No problems found.' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${overridden ? `, ${overridden} overridden` : ''}.`);
  }
  return errors > 0 ? 1 : 0;
};
