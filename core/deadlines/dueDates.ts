import { DeadlineInputError } from './deadlineInputError';
import { parseIsoDate, type IsoDate } from './isoDate';
import { formatUkDate } from './ukDateFormat';
import { REGIME_LABELS, allowsComplexExtension, allowsPublicInterestExtension, isRegime, type Regime } from '../model/regime';
import { addWorkingDays } from './workingDays';
import { feePauseDays, type FeePause } from './feePause';
import { limitDue, type TimeLimit } from './timeForCompliance';
import { COMPLEX_EXTENSION_WORKING_DAYS, MAX_PUBLIC_INTEREST_EXTENSION_DAYS, STATUTORY_WORKING_DAYS } from './statutoryDays';

export { COMPLEX_EXTENSION_WORKING_DAYS, MAX_PUBLIC_INTEREST_EXTENSION_DAYS, STATUTORY_WORKING_DAYS };

export interface DueDatesInput {
  readonly received: IsoDate;
  readonly regime: Regime;
  /** Workspace one-off bank holidays (a state funeral, a coronation) on top of the built-in calendar. */
  readonly extraHolidays?: readonly IsoDate[];
  /** When the requester answered a request for clarification: the 20 days run afresh from then (FOIA s1(3)). */
  readonly clarificationReceived?: IsoDate | null;
  /** FOIA only: further working days taken to consider the public interest (0 to 20). */
  readonly publicInterestExtensionDays?: number;
  /** EIR and EISR only: the request is complex and voluminous, so 40 working days apply. */
  readonly eirComplexExtension?: boolean;
  /** FOIA only: a variation of the limit (SI 2004/3364, SI 2010/2768); the ordinary 20 working days when absent. */
  readonly timeLimit?: TimeLimit;
  /** FOIA and FOISA s10(2): from the fees notice to the fee's receipt, both included; its working days are not counted. */
  readonly feePause?: FeePause | null;
}

export interface DueDates {
  /** Day 0 of the count: the day of receipt, or the day the clarification arrived. */
  readonly clockStart: IsoDate;
  /**
   * Day 20. Under a public interest extension this is still when the refusal notice naming the exemption is
   * due (FOIA s17(2)); under the EIR complex extension it is when the requester must be told of the extension.
   */
  readonly statutoryDue: IsoDate;
  /** The extended date, or null when no extension is claimed. */
  readonly extendedDue: IsoDate | null;
}

export interface ExplainedDueDates extends DueDates {
  /** Which rule set the statutory date, in a line: "20 working days (FOIA s10(1))". */
  readonly basis: string;
}

/** Validates a regime arriving from outside the type system (a form, the database, the CLI). */
function parseRegime(value: unknown): Regime {
  if (isRegime(value)) return value;
  throw new DeadlineInputError(`${JSON.stringify(value)} is not a regime: use foia, eir, foisa or eisr`);
}

function checkPublicInterestDays(days: number, regime: Regime): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new DeadlineInputError(
      `A public interest extension must be a whole number of working days from 0 to ${MAX_PUBLIC_INTEREST_EXTENSION_DAYS}, not ${days}`,
    );
  }
  if (days === 0) return;
  if (!allowsPublicInterestExtension(regime)) {
    const name = REGIME_LABELS[regime];
    const reason =
      regime === 'foisa'
        ? 'The Freedom of Information (Scotland) Act 2002 has no public interest extension: the response, including any refusal, is due within 20 working days.'
        : `The ${name} has no public interest extension: the public interest test must be completed within the time limit.`;
    const alternative = allowsComplexExtension(regime)
      ? ' If the request is complex and voluminous, you can extend to 40 working days instead.'
      : '';
    throw new DeadlineInputError(`${reason}${alternative}`);
  }
  if (days > MAX_PUBLIC_INTEREST_EXTENSION_DAYS) {
    throw new DeadlineInputError(
      `A public interest extension of ${days} working days is too long: the Information Commissioner expects no more than ${MAX_PUBLIC_INTEREST_EXTENSION_DAYS} further working days (40 in total), and only in exceptional cases beyond that. The refusal notice naming the exemption is still due on day 20.`,
    );
  }
}

/** The statutory and (if claimed) extended due dates of a request. */
export function dueDates(input: DueDatesInput): DueDates {
  const { clockStart, statutoryDue, extendedDue } = explainedDueDates(input);
  return { clockStart, statutoryDue, extendedDue };
}

/** The due dates and, for the officer, which rule set them. */
export function explainedDueDates(input: DueDatesInput): ExplainedDueDates {
  const regime = parseRegime(input.regime);
  const received = parseIsoDate(input.received);
  const extra = input.extraHolidays ?? [];
  const publicInterestDays = input.publicInterestExtensionDays ?? 0;
  const complex = input.eirComplexExtension ?? false;

  let clockStart = received;
  if (input.clarificationReceived != null) {
    const clarified = parseIsoDate(input.clarificationReceived);
    if (clarified < received) {
      throw new DeadlineInputError(
        `The clarification date (${formatUkDate(clarified)}) is before the request was received (${formatUkDate(received)}): check both dates`,
      );
    }
    clockStart = clarified;
  }

  checkPublicInterestDays(publicInterestDays, regime);
  if (complex && !allowsComplexExtension(regime)) {
    throw new DeadlineInputError(
      `The 40 working day extension for complex and voluminous requests applies only to environmental information (EIR or EISR), not under ${REGIME_LABELS[regime]}`,
    );
  }

  // Days no rule counts: the workspace's one-off bank holidays and the working days of a fee pause.
  const notCounted = input.feePause ? [...extra, ...feePauseDays(input.feePause, received, regime)] : extra;
  const { due: statutoryDue, basis } = limitDue(clockStart, input.timeLimit ?? { kind: 'standard' }, regime, notCounted);
  let extendedDue: IsoDate | null = null;
  if (complex) {
    extendedDue = addWorkingDays(clockStart, COMPLEX_EXTENSION_WORKING_DAYS, regime, notCounted);
  } else if (publicInterestDays > 0) {
    // Counting on from day 20 equals counting 20 + n from the start; this way reads as the guidance does.
    extendedDue = addWorkingDays(statutoryDue, publicInterestDays, regime, notCounted);
  }
  return { clockStart, statutoryDue, extendedDue, basis };
}
