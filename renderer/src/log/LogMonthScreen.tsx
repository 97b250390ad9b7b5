import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { todayInUk } from '../../../core/model';
import { monthName } from '../../../core/documents/monthName';
import { errorMessage } from '../desk';
import { downloadBase64InParts, MIME } from '../ui/downloadFile';
import { LogPreview } from './LogPreview';
import { LogEntryList, type EntryPatch, type LogEntry } from './LogEntryList';
import { publicationBlockers } from '../../../core/checks/publicationGate';
import { useCheckGate } from '../checks/useCheckGate';
import { CallProgress } from '../ui/CallProgress';
import { useLongCall } from '../ui/useLongCall';

/** Where versions before issue 11 kept a month's order: in this one browser's storage. */
const legacyOrderKey = (month: string) => `desk.log.${month}.order`;

/**
 * A one-time move: an order this page kept in localStorage goes to the workspace, where every
 * machine and the CLI's export find it, unless the workspace already has one (that one wins). The
 * key goes either way. References no longer among the month's entries are left out.
 */
async function adoptLegacyOrder(desk: DeskApi, month: string): Promise<void> {
  const key = legacyOrderKey(month);
  const raw = localStorage.getItem(key);
  if (raw === null) return;
  let legacy: unknown = null;
  try {
    legacy = JSON.parse(raw);
  } catch {
    // Not an order: nothing to keep.
  }
  const { order } = await desk.getLogOrder({ month });
  if (order === null && Array.isArray(legacy)) {
    const inMonth = new Set((await desk.previewLog({ month })).entries.map((e) => e.ref));
    const kept = legacy.filter((ref): ref is string => typeof ref === 'string' && inMonth.has(ref));
    if (kept.length) await desk.setLogOrder({ month, order: kept });
  }
  localStorage.removeItem(key);
}

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}


/**
 * Month end: every case sent that month and marked for publication, in the officer's order, with
 * the published title and summary editable, previewed exactly as it will be published.
 */
export function LogMonthScreen({ desk, onCasesChanged }: { desk: DeskApi; onCasesChanged: () => void }) {
  const [month, setMonth] = useState(() => previousMonth(todayInUk()));
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [publishedMonths, setPublishedMonths] = useState<{ month: string; count: number }[]>([]);
  const [busy, setBusy] = useState<string | null>(null);

  const gate = useCheckGate(desk);
  const exporting = useLongCall(desk);
  const order = useMemo(() => entries.map((e) => e.ref), [entries]);

  // Only the newest preview may land: picking another month while one loads must not let the older
  // (perhaps slower) answer overwrite the month now chosen.
  const latestLoad = useRef(0);
  // The order is the one saved with the month in the workspace (issue 11): the preview follows it.
  const load = useCallback(
    async () => {
      const thisLoad = ++latestLoad.current;
      setError(null);
      try {
        await adoptLegacyOrder(desk, month);
        // The month's entries only: the screen never lists every case in the workspace (issue 13).
        const preview = await desk.previewLog({ month });
        if (thisLoad !== latestLoad.current) return;
        // Hundreds of entries: React draws them in slices between which the page paints (issue 13).
        startTransition(() => {
          setEntries(preview.entries);
          setHtml(preview.html);
          setPublishedMonths(preview.publishedMonths);
        });
      } catch (err) {
        if (thisLoad !== latestLoad.current) return;
        setEntries([]);
        setHtml('');
        setPublishedMonths([]);
        setError(errorMessage(err));
      }
    },
    [desk, month],
  );

  useEffect(() => {
    void load();
  }, [load]);

  // Stable while the entries are: the entry list is memoised and must not redraw for an export's progress.
  const move = useCallback(
    async (index: number, by: -1 | 1) => {
      const next = [...order];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      try {
        await desk.setLogOrder({ month, order: next });
        await load();
      } catch (err) {
        setError(errorMessage(err));
      }
    },
    [desk, month, order, load],
  );

  const patchCase = useCallback(
    async (ref: string, patch: EntryPatch) => {
      try {
        const { id } = await desk.findCaseByRef({ ref });
        if (!id) throw new Error(`Case ${ref} is no longer in this workspace. Choose the month again to refresh the list.`);
        await desk.updateCase({ id, patch });
        onCasesChanged();
        await load();
      } catch (err) {
        setError(errorMessage(err));
      }
    },
    [desk, load, onCasesChanged],
  );

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
      if (file) await downloadBase64InParts(file.fileName, file.base64, MIME[format]);
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
      {entries.length === 0 && !error && (
        <div className="empty-month">
          <p>No responses marked for publication were sent in {monthName(month)}.</p>
          {publishedMonths.length > 0 ? (
            <p>
              Months with responses to publish:{' '}
              {publishedMonths.map((m, i) => (
                <span key={m.month}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => setMonth(m.month)}>
                    {monthName(m.month)} ({m.count})
                  </button>
                </span>
              ))}
            </p>
          ) : (
            <p className="muted">No case in this workspace has been sent yet. Set a case's status to Sent with its date sent, and it appears in that month's log.</p>
          )}
        </div>
      )}
      {entries.length > 0 && (
        <div className="log-layout">
          <LogEntryList entries={entries} onMove={move} onPatch={patchCase} />
          <LogPreview html={html} title={`Preview of the disclosure log for ${monthName(month)}`} />
        </div>
      )}
    </section>
  );
}
