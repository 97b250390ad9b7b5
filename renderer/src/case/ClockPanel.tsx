import { useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { CASE_STATUS_LABELS, CaseStatusSchema, todayInUk, type Case, type CaseStatus, type Clock } from '../../../core/model';
import { errorMessage } from '../desk';

interface Props {
  desk: DeskApi;
  c: Case;
  onSaved: (c: Case) => void;
  /** Runs the send checks; resolves false when the officer chose to go back and fix. */
  confirmSend: () => Promise<boolean>;
}

/** Status, the date sent, and what stops or stretches the clock. Each change is saved at once. */
export function ClockPanel({ desk, c, onSaved, confirmSend }: Props) {
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
  const extendable = c.regime === 'foia';
  const complexAllowed = c.regime === 'eir' || c.regime === 'eisr';

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
              void patch(status === 'sent' && !c.sent ? { status, sent: todayInUk() } : { status });
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
      <details open={Boolean(c.clock.clarificationRequested || c.clock.publicInterestExtensionDays || c.clock.complexExtension)}>
      <summary>Clarification and extensions</summary>
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
        {extendable && (
          <div className="field">
            <label htmlFor="pi-days">Public interest extension (working days)</label>
            <input
              id="pi-days"
              type="number"
              min={0}
              max={20}
              value={c.clock.publicInterestExtensionDays}
              onChange={(e) => void clock({ publicInterestExtensionDays: Math.max(0, Math.min(20, Number(e.target.value) || 0)) })}
              aria-describedby="pi-hint"
            />
            <span id="pi-hint" className="hint">At most 20 further days; the refusal notice is still due on day 20.</span>
          </div>
        )}
        {complexAllowed && (
          <div className="field inline">
            <input id="complex" type="checkbox" checked={c.clock.complexExtension} onChange={(e) => void clock({ complexExtension: e.target.checked })} />
            <label htmlFor="complex">Complex and voluminous (40 working days)</label>
          </div>
        )}
      </div>
      </details>
    </div>
  );
}
