import { useState } from 'react';
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
import { clockOptions, publicInterestDaysFromInput, type TimeLimitSettings } from '../../../core/deadlines';
import { errorMessage } from '../desk';

interface Props {
  desk: DeskApi;
  c: Case;
  onSaved: (c: Case) => void;
  /** Runs the send checks; resolves false when the officer chose to go back and fix. */
  confirmSend: () => Promise<boolean>;
  /** The organisation's time limit settings: which Time for Compliance variations it uses. */
  settings?: TimeLimitSettings;
}

/** Status, the date sent, and what stops or stretches the clock. Each change is saved at once. */
export function ClockPanel({ desk, c, onSaved, confirmSend, settings }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function patch(p: Parameters<DeskApi['updateCase']>[0]['patch']) {
    try {
      setError(null);
      onSaved(await desk.updateCase({ id: c.id, patch: p }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  const clock = (p: Partial<Clock>) => patch({ clock: { ...c.clock, ...p } });
  const dateOrNull = (v: string) => (v === '' ? null : v);
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
        <div className="field">
          <label htmlFor="case-sent">Date sent</label>
          <input id="case-sent" type="date" value={c.sent ?? ''} onChange={(e) => void patch({ sent: dateOrNull(e.target.value) })} />
        </div>
      </div>
      <details open={anyRecorded}>
      <summary>Clarification, fees and extensions</summary>
      <div className="field-row">
        <div className="field">
          <label htmlFor="clar-req">Clarification requested</label>
          <input id="clar-req" type="date" value={c.clock.clarificationRequested ?? ''} onChange={(e) => void clock({ clarificationRequested: dateOrNull(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="clar-rec">Clarification received</label>
          <input id="clar-rec" type="date" value={c.clock.clarificationReceived ?? ''} onChange={(e) => void clock({ clarificationReceived: dateOrNull(e.target.value) })} aria-describedby="clar-hint" />
          <span id="clar-hint" className="hint">The 20 working days start again from this day.</span>
        </div>
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
          <div className="field">
            <label htmlFor="fee-notice">Fees notice given</label>
            <input id="fee-notice" type="date" value={c.clock.feeNoticeGiven ?? ''} onChange={(e) => void clock({ feeNoticeGiven: dateOrNull(e.target.value) })} aria-describedby="fee-hint" />
          </div>
          <div className="field">
            <label htmlFor="fee-received">Fee received</label>
            <input id="fee-received" type="date" value={c.clock.feeReceived ?? ''} onChange={(e) => void clock({ feeReceived: dateOrNull(e.target.value) })} aria-describedby="fee-hint" />
          </div>
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
            <div className="field">
              <label htmlFor="commissioner-day">Day the Commissioner specified</label>
              <input id="commissioner-day" type="date" value={c.clock.commissionerSpecifiedDue ?? ''} onChange={(e) => void clock({ commissionerSpecifiedDue: dateOrNull(e.target.value) })} aria-describedby="commissioner-hint" />
              <span id="commissioner-hint" className="hint">Apply to the Information Commissioner within 20 working days; until a day is specified the usual 20 working days stand.</span>
            </div>
          )}
        </div>
      )}
      </details>
    </div>
  );
}
