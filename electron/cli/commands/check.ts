import { CheckPurposeSchema, type Finding } from '../../../core/checks/finding';
import { parseCommandArgs, requireOption, type Command } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';

const help = `Usage: desk check --db FILE (--ref REF | --month YYYY-MM) [--purpose send|publish] [--json]

Runs the response checks: is the response complete, does each refusal say what section 17 requires,
was it on time, and is it free of personal data for the log. One finding a line:
rule id, severity, case reference, question number ("-" for the whole case), message, tab-separated.
--purpose defaults to send for --ref (the letter) and to publish for --month (the log).
--json prints the findings as a JSON array instead.
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 the command was typed wrongly.`;

function line(f: Finding): string {
  return [f.ruleId, f.severity, f.caseRef, f.questionNumber ?? '-', f.message].join('\t');
}

export const checkCommand: Command = {
  words: ['check'],
  summary: 'check responses before sending or publishing',
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, ref: { type: 'string' }, month: { type: 'string' }, purpose: { type: 'string' }, json: { type: 'boolean', default: false } }, help);
    if (values.help) return io.out(help), 0;
    const db = requireOption(values.db, 'db');
    const ref = typeof values.ref === 'string' ? values.ref : undefined;
    const month = typeof values.month === 'string' ? values.month : undefined;
    if ((ref === undefined) === (month === undefined)) throw new UsageError('give either --ref REF or --month YYYY-MM (see --help)');
    if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-05`);
    const purposeArg = values.purpose ?? (ref !== undefined ? 'send' : 'publish');
    const purpose = CheckPurposeSchema.safeParse(purposeArg);
    if (!purpose.success) throw new UsageError(`--purpose "${String(purposeArg)}" is not one of send, publish`);

    const findings = await withService(
      db,
      async (call) => {
        if (month !== undefined) return call('checkMonth', { month, purpose: purpose.data });
        const match = (await call('listCases', { filter: 'all' })).find((c) => c.ref === ref);
        if (!match) throw new Error(`no case with reference ${ref} in ${db}`);
        return call('checkCase', { id: match.id, purpose: purpose.data });
      },
      { mustExist: true },
    );
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    if (values.json) {
      io.out(JSON.stringify(findings, null, 2));
    } else {
      findings.forEach((f) => io.out(line(f)));
      io.out(findings.length === 0 ? 'No problems found.' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
    }
    return errors > 0 ? 1 : 0;
  },
};
