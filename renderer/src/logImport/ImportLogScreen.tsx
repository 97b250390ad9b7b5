import { useState, type FormEvent } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { LogImportPreview } from '../../../core/logImport/logImportContract';
import { errorMessage } from '../desk';
import { monthName } from '../../../core/documents/monthName';

type Entry = LogImportPreview['entries'][number];

function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read. Check the file is not open elsewhere, then try again.`));
    reader.readAsDataURL(file);
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "30 June 2024": a date in a sentence, as the letters write it, without the weekday. */
const dayInWords = (iso: string) => `${Number(iso.slice(8, 10))} ${monthName(iso.slice(0, 7))}`;

/** One entry as the preview shows it: reference (editable when generated), title, questions with their answers. */
function EntryPreview({ entry, index, reference, onReference }: { entry: Entry; index: number; reference: string; onReference: (ref: string) => void }) {
  const answersOf = (n: string) => entry.answers.filter((a) => a.covers.includes(n));
  const shown = new Set<number>();
  const uncovered = entry.answers.filter((a) => a.covers.length === 0);
  const headingId = `il-entry-${index}`;
  return (
    <section className="import-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <div className="field import-ref">
        <label htmlFor={`il-ref-${index}`}>Reference</label>
        <input id={`il-ref-${index}`} value={reference} onChange={(e) => onReference(e.target.value)} autoComplete="off" aria-describedby={`il-ref-${index}-hint`} />
        <span id={`il-ref-${index}-hint`} className="hint">
          {entry.clash ? 'Already in this workspace: this entry will be left out.' : entry.ref === null ? 'The log printed no reference: this one was made up. Change it if you know the case’s own.' : 'As printed in the log.'}
        </span>
        {entry.ref === null && <span className="badge">Reference generated</span>}
        {entry.clash && <span className="badge warning">Already imported</span>}
      </div>
      {entry.summary && (
        <>
          <h4>Request (as published)</h4>
          <p className="import-summary">{entry.summary}</p>
        </>
      )}
      <h4>{plural(entry.questions.filter((q) => !q.heading).length, 'question', 'questions')} and the answers found</h4>
      <ol className="import-questions">
        {entry.questions.map((q) => {
          const answers = answersOf(q.number).filter((a) => !shown.has(entry.answers.indexOf(a)));
          answers.forEach((a) => shown.add(entry.answers.indexOf(a)));
          return (
            <li key={q.number} className={q.heading ? 'import-heading' : undefined}>
              <span className="label">{q.label || q.number}</span> {q.text}
              {answers.map((a, i) => (
                <blockquote key={i} className="import-answer">
                  {a.covers.length > 1 && <p className="muted">Answers {a.covers.join(', ')}</p>}
                  {a.text.split(/\n{2,}/).map((p, j) => <p key={j}>{p}</p>)}
                </blockquote>
              ))}
              {!q.heading && answersOf(q.number).length === 0 && <p className="muted">No answer found for this question.</p>}
            </li>
          );
        })}
      </ol>
      {uncovered.map((a, i) => (
        <blockquote key={i} className="import-answer">
          {a.text.split(/\n{2,}/).map((p, j) => <p key={j}>{p}</p>)}
        </blockquote>
      ))}
    </section>
  );
}

/**
 * File › Import published log…: choose a past log, see what would be imported (entries, references,
 * the questions and answers found, what is missing), then import it as past cases or cancel.
 */
export function ImportLogScreen({ desk, onImported, onCancel }: { desk: DeskApi; onImported: (refs: string[]) => void; onCancel: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [month, setMonth] = useState('');
  const [preview, setPreview] = useState<LogImportPreview | null>(null);
  const [references, setReferences] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The month the preview was read for: leaving the month field unchanged must not re-read (and undo renamed references).
  const [readFor, setReadFor] = useState('');

  async function read(chosen: { name: string; base64: string }, forMonth: string) {
    setBusy(true);
    setError(null);
    setPreview(null);
    setReadFor(forMonth);
    try {
      const p = await desk.previewLogImport({ name: chosen.name, base64: chosen.base64, ...(forMonth ? { month: forMonth } : {}) });
      setPreview(p);
      setReferences(p.entries.map((e) => e.reference));
      if (!forMonth && p.report.month) {
        setMonth(p.report.month);
        setReadFor(p.report.month);
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function choose(f: File) {
    try {
      const chosen = { name: f.name, base64: await fileToBase64(f) };
      setFile(chosen);
      setDone(null);
      await read(chosen, month);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await desk.importLog({ name: file.name, base64: file.base64, ...(month ? { month } : {}), references });
      setDone(`Imported ${plural(result.imported.length, 'past case', 'past cases')} from ${file.name}${result.report.clashes.length ? `; left out ${result.report.clashes.join(', ')}, already in the workspace` : ''}.`);
      setPreview(null);
      onImported(result.imported);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const report = preview?.report;
  const importable = preview ? preview.entries.filter((e) => !e.clash).length : 0;
  return (
    <form className="import-log" onSubmit={submit} aria-labelledby="il-title" aria-busy={busy}>
      <h1 id="il-title">Import a published log</h1>
      <p>
        Bring in a disclosure log your organisation has already published, so its answers are found by search and offered while you draft. Its entries become past cases: marked “Past log”, never
        counted as this month’s work and never printed in a new month’s log.
      </p>
      {error && <p className="banner error" role="alert">{error}</p>}
      {done && <p className="banner success" role="status">{done}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor="il-file">Log file</label>
          <input id="il-file" type="file" accept=".pdf,.docx,.txt" onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])} aria-describedby="il-file-hint" />
          <span id="il-file-hint" className="hint">A PDF, Word document or text file of one published log.</span>
        </div>
        <div className="field">
          <label htmlFor="il-month">Month of the log</label>
          <input id="il-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} onBlur={() => file && month !== readFor && void read(file, month)} aria-describedby="il-month-hint" />
          <span id="il-month-hint" className="hint">Entries are recorded as sent on its last day. Found in the log’s title when it names one.</span>
        </div>
      </div>
      {busy && <p role="status" className="loading">Reading the log…</p>}
      {report && preview && (
        <>
          <section className="import-report" aria-labelledby="il-report">
            <h2 id="il-report">What was found</h2>
            <ul>
              <li>
                {plural(report.entriesFound, 'entry', 'entries')}
                {report.month ? ` for ${monthName(report.month)}` : ''}, to be recorded as sent on {dayInWords(report.sent)}.
              </li>
              {report.missingTopics.length > 0 && (
                <li>
                  The contents list names {plural(report.missingTopics.length, 'topic', 'topics')} with no entry in the file (was it cut short?): {report.missingTopics.join('; ')}.
                </li>
              )}
              {report.withoutReference.length > 0 && (
                <li>
                  {plural(report.withoutReference.length, 'entry has', 'entries have')} no reference and {report.withoutReference.length === 1 ? 'was' : 'were'} given one: {report.withoutReference.map((w) => w.reference).join(', ')}. You can change them below.
                </li>
              )}
              {report.clashes.length > 0 && <li>Already in this workspace, to be left out: {report.clashes.join(', ')}.</li>}
              {report.unreadable.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          </section>
          {preview.entries.length > 0 && (
            <section aria-labelledby="il-entries">
              <h2 id="il-entries">Entries</h2>
              {preview.entries.map((entry, i) => (
                <EntryPreview key={i} entry={entry} index={i} reference={references[i] ?? entry.reference} onReference={(ref) => setReferences((all) => all.map((r, j) => (j === i ? ref : r)))} />
              ))}
            </section>
          )}
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || importable === 0}>
          {preview ? `Import ${plural(importable, 'entry', 'entries')}` : 'Import'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
