import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { SentCopyKind, SentRecord } from '../../../core/api/historyContract';
import { errorMessage } from '../desk';
import { LogPreview } from '../log/LogPreview';
import { Dialog } from '../ui/Dialog';
import { downloadBase64, MIME } from '../ui/downloadFile';
import { formatUkDay, formatVersionTime } from './versionTime';
import './history.css';

interface Props {
  desk: DeskApi;
  caseId: string;
  /** Changes when the record may have changed (marked sent, a reason recorded): the panel reads it again. */
  refresh: unknown;
}

const KIND_NAMES: Record<SentCopyKind, string> = { html: 'web page', pdf: 'PDF', docx: 'Word' };

/** What went out, kept when the case was marked sent, and who changed the case after that. */
export function SentCopyPanel({ desk, caseId, refresh }: Props) {
  const [record, setRecord] = useState<SentRecord | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    desk.getSentRecord({ caseId }).then(
      (r) => live && setRecord(r),
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [desk, caseId, refresh]);

  async function open(kind: SentCopyKind) {
    try {
      const file = await desk.getSentCopy({ caseId, kind });
      if (kind === 'html') setViewing(new TextDecoder().decode(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))));
      else downloadBase64(file.fileName, file.base64, MIME[kind]);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!record || (record.copies.length === 0 && record.edits.length === 0)) return null;
  const files = record.copies.filter((c) => c.kind !== 'html');
  return (
    <section className="sent-copy" aria-labelledby="sent-copy-heading">
      <h2 id="sent-copy-heading">Sent copy</h2>
      {record.sent && (
        <p>
          Kept when the case was marked sent on {formatUkDay(record.sent)}: exactly what went out. Changes made since do not alter it.
        </p>
      )}
      <div className="tools">
        {record.copies.some((c) => c.kind === 'html') && (
          <button type="button" onClick={() => void open('html')}>
            View the letter as sent
          </button>
        )}
        {files.map((c) => (
          <button key={c.kind} type="button" onClick={() => void open(c.kind)}>
            Download the {KIND_NAMES[c.kind]} as sent
          </button>
        ))}
      </div>
      {record.copies.length > 0 && files.length === 0 && <p className="hint">No Word or PDF file was exported before sending, so the letter is kept as a web page.</p>}
      {record.edits.length > 0 && (
        <>
          <h3>Changes after sending</h3>
          <ul>
            {record.edits.map((e, i) => (
              <li key={i}>
                {formatVersionTime(e.at)}, {e.who}: {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {viewing !== null && (
        <Dialog labelledBy="sent-letter-title" className="sent-letter-dialog" onClose={() => setViewing(null)}>
          <h2 id="sent-letter-title">The letter as sent</h2>
          <LogPreview html={viewing} title="The letter as sent" />
          <div className="history-actions">
            <button type="button" onClick={() => setViewing(null)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
