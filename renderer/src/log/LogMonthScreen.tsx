import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { todayInUk, type CaseSummary } from '../../../core/model';
import { errorMessage } from '../desk';
import { downloadBase64, MIME } from '../ui/downloadFile';
import { LogPreview } from './LogPreview';
import { publicationBlockers } from '../../../core/checks/publicationGate';
import { useCheckGate } from '../checks/useCheckGate';
import { CallProgress } from '../ui/CallProgress';
import { useLongCall } from '../ui/useLongCall';

interface Entry {
  ref: string;
  title: string;
  include: boolean;
}

const orderKey = (month: string) => `desk.log.${month}.order`;

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Month end: every case sent that month and marked for publication, in the officer's order, with
 * the published title and summary editable, previewed exactly as it will be published.
 */
export function LogMonthScreen({ desk, onCasesChanged }: { desk: DeskApi; onCasesChanged: () => void }) {
  const [month, setMonth] = useState(() => previousMonth(todayInUk()));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [html, setHtml] = useState('');
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const gate = useCheckGate(desk);
  const exporting = useLongCall(desk);
  const order = useMemo(() => entries.map((e) => e.ref), [entries]);

  const load = useCallback(
    async (wantedOrder?: string[]) => {
      setError(null);
      try {
        const saved = wantedOrder ?? (JSON.parse(localStorage.getItem(orderKey(month)) ?? 'null') as string[] | null) ?? undefined;
        const [preview, all] = await Promise.all([desk.previewLog({ month, ...(saved ? { order: saved } : {}) }), desk.listCases({ filter: 'all', search: '' })]);
        setEntries(preview.entries);
        setHtml(preview.html);
        setCases(all);
      } catch (err) {
        setEntries([]);
        setHtml('');
        setError(errorMessage(err));
      }
    },
    [desk, month],
  );

  useEffect(() => {
    void load();
  }, [load]);

  function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    localStorage.setItem(orderKey(month), JSON.stringify(next));
    void load(next);
  }

  async function patchCase(ref: string, patch: { publish?: boolean; title?: string; summary?: string }) {
    const c = cases.find((x) => x.ref === ref);
    if (!c) return;
    try {
      await desk.updateCase({ id: c.id, patch });
      onCasesChanged();
      await load(order);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function exportAs(format: 'docx' | 'pdf') {
    setBusy(format);
    setError(null);
    try {
      // Nothing personal or unfinished is published without a recorded reason.
      const included = new Set(entries.filter((e) => e.include).map((e) => e.ref));
      const blocking = publicationBlockers(await desk.checkMonth({ month, purpose: 'publish' })).filter((f) => included.has(f.caseRef));
      const go = await gate.confirm({ title: `Before the ${monthName(month)} log is published`, action: 'publish the log', blocking });
      if (!go) return;
      const file = await exporting.run(`Exporting the ${monthName(month)} log`, (callId) => desk.exportLog({ month, format, order, callId }));
      // null: the officer cancelled, and nothing was written.
      if (file) downloadBase64(file.fileName, file.base64, MIME[format]);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  const included = entries.filter((e) => e.include).length;

  return (
    <section className="log-screen" aria-labelledby="log-title">
      <h1 id="log-title">Disclosure log</h1>
      <div className="log-controls">
        <label>
          Month{' '}
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <button type="button" className="primary" disabled={!included || busy !== null} onClick={() => void exportAs('docx')}>
          {busy === 'docx' ? 'Exporting…' : 'Export Word (DOCX)'}
        </button>
        <button type="button" className="primary" disabled={!included || busy !== null} onClick={() => void exportAs('pdf')}>
          {busy === 'pdf' ? 'Exporting…' : 'Export PDF'}
        </button>
        <span role="status" className="muted">
          {entries.length ? `${included} of ${entries.length} responses sent in ${monthName(month)} included` : ''}
        </span>
      </div>
      {exporting.label && <CallProgress label={exporting.label} progress={exporting.progress} cancelling={exporting.cancelling} onCancel={exporting.cancel} />}
      {error && <p className="banner error" role="alert">{error}</p>}
      {gate.dialog}
      {entries.length === 0 && !error && <p className="muted">No responses marked for publication were sent in {monthName(month)}.</p>}
      {entries.length > 0 && (
        <div className="log-layout">
          <ol className="log-entries" aria-label="Entries in publication order">
            {entries.map((e, i) => {
              const c = cases.find((x) => x.ref === e.ref);
              return (
                <li key={e.ref} className={e.include ? '' : 'excluded'}>
                  <div className="log-entry-head">
                    <input type="checkbox" id={`inc-${e.ref}`} checked={e.include} onChange={(ev) => void patchCase(e.ref, { publish: ev.target.checked })} />
                    <label htmlFor={`inc-${e.ref}`}>
                      Include <span className="case-ref">{e.ref}</span>
                    </label>
                    <button type="button" aria-label={`Move ${e.ref} up`} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
                    <button type="button" aria-label={`Move ${e.ref} down`} disabled={i === entries.length - 1} onClick={() => move(i, 1)}>↓</button>
                  </div>
                  <label className="field">
                    <span>Published title</span>
                    <input defaultValue={e.title} key={e.title} onBlur={(ev) => ev.target.value.trim() && ev.target.value !== e.title && void patchCase(e.ref, { title: ev.target.value.trim() })} />
                  </label>
                  {c && <SummaryField desk={desk} caseId={c.id} onSaved={() => void load(order)} />}
                </li>
              );
            })}
          </ol>
          <LogPreview html={html} title={`Preview of the disclosure log for ${monthName(month)}`} />
        </div>
      )}
    </section>
  );
}

/** The published summary of the request; empty means the questions are printed instead. */
function SummaryField({ desk, caseId, onSaved }: { desk: DeskApi; caseId: string; onSaved: () => void }) {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    desk.getCase({ id: caseId }).then((c) => setValue(c.summary), () => setValue(''));
  }, [desk, caseId]);
  if (value === null) return null;
  return (
    <label className="field">
      <span>Request summary (optional)</span>
      <textarea
        rows={2}
        value={value}
        placeholder="Leave empty to publish the questions"
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => void desk.updateCase({ id: caseId, patch: { summary: value } }).then(onSaved)}
      />
    </label>
  );
}
