import { useEffect, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import {
  CASE_STATUS_LABELS,
  CaseStatusSchema,
  CaseTimeLimitVariationSchema,
  TIME_LIMIT_VARIATION_LABELS,
  type Case,
  type CaseStatus,
  type Clock,
} from '../../../core/model';
import { clockOptions, publicInterestDaysFromInput } from '../../../core/deadlines/clockOptions';
import type { TimeLimitSettings } from '../../../core/deadlines/caseDeadline';
import { errorMessage } from '../desk';
import { DateField } from '../ui/DateField';
import { fieldErrorText } from '../ui/fieldErrorText';
import { useSentEditGuard } from '../history/SentEditGuard';
import { patchNeedsSentReason } from '../../../core/model/sentEdits';

// The labels of the fields on this panel, by the name the service gives them in a refusal
// ("patch.clock.feeReceived: …"), so a save error reads "Fee received …", never the path.
const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  sent: 'Date sent',
  clarificationRequested: 'Clarification requested',
  clarificationReceived: 'Clarification received',
  publicInterestExtensionDays: 'Public interest extension',
  complexExtension: 'Complex and voluminous',
  feeNoticeGiven: 'Fees notice given',
  feeReceived: 'Fee received',
  timeLimitVariation: 'Time limit',
  commissionerSpecifiedDue: 'Day the Commissioner specified',
};

interface Props {
  desk: DeskApi;
  c: Case;
  onSaved: (c: Case) => void;
  /** Runs the send checks; resolves false when the officer chose to go back and fix. */
  confirmSend: () => Promise<boolean>;
  /** The organisation's time limit settings: which Time for Compliance variations it uses. */
  settings?: TimeLimitSettings;
}

/**
 * Status, the date sent, and what stops or stretches the clock. A choice is saved at once; a date when the
 * officer has finished typing it (ui/DateField), and its refusal is shown at the field.
 */
export function ClockPanel({ desk, c, onSaved, confirmSend, settings }: Props) {
  const [error, setError] = useState<string | null>(null);

  type Patch = Parameters<DeskApi['updateCase']>[0]['patch'];
  // The clock is saved whole, so two dates committed in quick succession (one left by Tab, the next
  // typed at once) must not each start from the case as it was: saves run one after another, each
  // built on what the one before it stored.
  const latest = useRef(c);
  useEffect(() => {
    latest.current = c;
  }, [c]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // A sent case changes only with a reason (history/SentEditGuard); cancelled, nothing is saved and a
  // date field shows the stored date again. Closing a sent case, or marking one sent, asks nothing.
  const guard = useSentEditGuard();
  function save(build: (now: Case) => Patch): Promise<void> {
    if (!patchNeedsSentReason(latest.current, build(latest.current))) return saveNow(build);
    return new Promise<void>((resolve, reject) => guard.whenAllowed(() => void saveNow(build).then(resolve, reject), resolve));
  }
  /** Saves, and lets a refusal reach the caller: a date field shows it beside itself. */
  function saveNow(build: (now: Case) => Patch): Promise<void> {
    const run = queue.current.then(async () => {
      setError(null);
      const updated = await desk.updateCase({ id: c.id, patch: build(latest.current) });
      latest.current = updated;
      onSaved(updated);
    });
    queue.current = run.catch(() => undefined);
    return run;
  }
  async function patch(p: Patch) {
    try {
      await save(() => p);
    } catch (err) {
      setError(fieldErrorText(errorMessage(err), (path) => FIELD_LABELS[path]));
    }
  }
  const clock = (p: Partial<Clock>) => patch({ clock: { ...c.clock, ...p } });
  const clockDate = (p: Partial<Clock>) => save((now) => ({ clock: { ...now.clock, ...p } }));
  // What the law lets this case record lives in core (core/deadlines/clockOptions), not here.
  const options = clockOptions(c.regime, settings);
  const variation = c.clock.timeLimitVariation ?? 'none';
  const commissionerDay = variation === 'armed-forces-operation' || variation === 'held-outside-uk';
  const anyRecorded = Boolean(
    c.clock.clarificationRequested || c.clock.publicInterestExtensionDays || c.clock.complexExtension || c.clock.feeNoticeGiven || variation !== 'none',
  );

  return (
    <div className="clock-panel">
      {error && <p className="banner error" role="alert">{error}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor="case-status">Status</label>
          <select
            id="case-status"
            value={c.status}
            onChange={async (e) => {
              const status = CaseStatusSchema.parse(e.target.value) as CaseStatus;
              if (status === 'sent' && !(await confirmSend())) return;
              // The service records today as the date sent when none is set (core/model/caseStatus).
              void patch({ status });
            }}
          >
            {CaseStatusSchema.options.map((s) => (
              <option key={s} value={s}>{CASE_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </div>
        <DateField id="case-sent" label="Date sent" value={c.sent} onCommit={(sent) => save(() => ({ sent }))} />
      </div>
      <details open={anyRecorded}>
      <summary>Clarification, fees and extensions</summary>
      <div className="field-row">
        <DateField id="clar-req" label="Clarification requested" value={c.clock.clarificationRequested} onCommit={(d) => clockDate({ clarificationRequested: d })} />
        <DateField id="clar-rec" label="Clarification received" value={c.clock.clarificationReceived} onCommit={(d) => clockDate({ clarificationReceived: d })} describedBy="clar-hint">
          <span id="clar-hint" className="hint">The 20 working days start again from this day.</span>
        </DateField>
        {options.publicInterestExtensionMaxDays !== null && (
          <div className="field">
            <label htmlFor="pi-days">Public interest extension (working days)</label>
            <input
              id="pi-days"
              type="number"
              min={0}
              max={options.publicInterestExtensionMaxDays}
              value={c.clock.publicInterestExtensionDays}
              onChange={(e) => void clock({ publicInterestExtensionDays: publicInterestDaysFromInput(e.target.value, options) })}
              aria-describedby="pi-hint"
            />
            <span id="pi-hint" className="hint">At most {options.publicInterestExtensionMaxDays} further days; the refusal notice is still due on day 20.</span>
          </div>
        )}
        {options.complexExtension && (
          <div className="field inline">
            <input id="complex" type="checkbox" checked={c.clock.complexExtension} onChange={(e) => void clock({ complexExtension: e.target.checked })} />
            <label htmlFor="complex">Complex and voluminous (40 working days)</label>
          </div>
        )}
      </div>
      {options.feePause && (
        <div className="field-row">
          <DateField id="fee-notice" label="Fees notice given" value={c.clock.feeNoticeGiven ?? null} onCommit={(d) => clockDate({ feeNoticeGiven: d })} describedBy="fee-hint" />
          <DateField id="fee-received" label="Fee received" value={c.clock.feeReceived ?? null} onCommit={(d) => clockDate({ feeReceived: d })} describedBy="fee-hint" />
          <span id="fee-hint" className="hint">The clock stops from the day the fees notice is given to the day the fee arrives, both included (section 10(2)). Unpaid after three months, the request need not be answered.</span>
        </div>
      )}
      {options.schoolRule && (
        <p className="hint" data-testid="school-rule">
          This body's FOIA requests are due after 20 school days or 60 working days, whichever comes first (SI 2004/3364 reg 3, SI 2010/2768). Days with no session are entered in Settings.
        </p>
      )}
      {options.variations.length > 0 && (
        <div className="field-row">
          <div className="field">
            <label htmlFor="time-limit">Time limit</label>
            <select
              id="time-limit"
              value={variation}
              onChange={(e) => {
                const next = CaseTimeLimitVariationSchema.parse(e.target.value);
                void clock({ timeLimitVariation: next, commissionerSpecifiedDue: next === 'armed-forces-operation' || next === 'held-outside-uk' ? (c.clock.commissionerSpecifiedDue ?? null) : null });
              }}
            >
              <option value="none">The usual limit</option>
              {options.variations.map((v) => (
                <option key={v} value={v}>{TIME_LIMIT_VARIATION_LABELS[v]}</option>
              ))}
            </select>
          </div>
          {commissionerDay && (
            <DateField
              id="commissioner-day"
              label="Day the Commissioner specified"
              value={c.clock.commissionerSpecifiedDue ?? null}
              onCommit={(d) => clockDate({ commissionerSpecifiedDue: d })}
              describedBy="commissioner-hint"
            >
              <span id="commissioner-hint" className="hint">Apply to the Information Commissioner within 20 working days; until a day is specified the usual 20 working days stand.</span>
            </DateField>
          )}
        </div>
      )}
      </details>
    </div>
  );
}
