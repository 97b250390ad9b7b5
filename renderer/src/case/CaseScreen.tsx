import { useCallback, useEffect, useState } from 'react';
import type { DeadlineView, DeskApi } from '../../../core/api/contract';
import { CASE_STATUS_LABELS, CaseStatusSchema, REGIME_LABELS, type Case, type CaseStatus } from '../../../core/model';
import { errorMessage } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { DeadlinePanel } from './DeadlinePanel';

interface Props {
  desk: DeskApi;
  caseId: string;
  onChanged: () => void;
  onMissing: () => void;
}

/** One case: its deadline, its details and the request as received. */
export function CaseScreen({ desk, caseId, onChanged, onMissing }: Props) {
  const [c, setCase] = useState<Case | null>(null);
  const [deadline, setDeadline] = useState<DeadlineView | null>(null);
  const [requestText, setRequestText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [loaded, dl] = await Promise.all([desk.getCase({ id: caseId }), desk.getCaseDeadline({ id: caseId })]);
      setCase(loaded);
      setDeadline(dl);
      setRequestText(loaded.requestText);
    } catch (err) {
      if ((err as { code?: string }).code === 'not-found' || /no longer in this workspace/.test(errorMessage(err))) onMissing();
      else setError(errorMessage(err));
    }
  }, [desk, caseId, onMissing]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const requestSave = useDebouncedSave(async (text: string) => {
    await desk.updateCase({ id: caseId, patch: { requestText: text } });
  });

  async function setStatus(status: CaseStatus) {
    try {
      const updated = await desk.updateCase({ id: caseId, patch: { status } });
      setCase(updated);
      setDeadline(await desk.getCaseDeadline({ id: caseId }));
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!c || !deadline) return <p role="status" className="muted">Opening case…</p>;

  return (
    <article className="case-screen" aria-labelledby="case-title">
      <header className="case-header">
        <p className="case-ref-line">
          <span className="case-ref">{c.ref}</span> · {REGIME_LABELS[c.regime]}
        </p>
        <h1 id="case-title">{c.title}</h1>
        <div className="field inline">
          <label htmlFor="case-status">Status</label>
          <select id="case-status" value={c.status} onChange={(e) => void setStatus(CaseStatusSchema.parse(e.target.value))}>
            {CaseStatusSchema.options.map((s) => (
              <option key={s} value={s}>{CASE_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </div>
      </header>
      <DeadlinePanel deadline={deadline} c={c} />
      <section className="request" aria-labelledby="request-heading">
        <h2 id="request-heading">Request as received</h2>
        <label htmlFor="request-text" className="visually-hidden">Request text</label>
        <textarea
          id="request-text"
          rows={14}
          value={requestText}
          onChange={(e) => {
            setRequestText(e.target.value);
            requestSave.schedule(e.target.value);
          }}
        />
        <p className="save-state" role="status" aria-live="polite">{saveStateText(requestSave.state, requestSave.error)}</p>
      </section>
    </article>
  );
}
