import { memo } from 'react';

export interface LogEntry {
  ref: string;
  title: string;
  include: boolean;
  summary: string;
}

export type EntryPatch = { publish?: boolean; title?: string; summary?: string };

interface Props {
  entries: LogEntry[];
  onMove: (index: number, by: -1 | 1) => Promise<void>;
  onPatch: (ref: string, patch: EntryPatch) => Promise<void>;
}

/**
 * The month's entries, each with its include box, order buttons, published title and the request's
 * summary (empty means the questions are printed instead).
 * Memoised (issue 13): a month has hundreds of entries, and the screen's own changes (an export
 * starting, its progress) must not draw them all again. Its props change only with the entries.
 */
export const LogEntryList = memo(function LogEntryList({ entries, onMove, onPatch }: Props) {
  return (
    <ol className="log-entries" aria-label="Entries in publication order">
      {entries.map((e, i) => {
        return (
          <li key={e.ref} className={e.include ? '' : 'excluded'}>
            <div className="log-entry-head">
              <input type="checkbox" id={`inc-${e.ref}`} checked={e.include} onChange={(ev) => void onPatch(e.ref, { publish: ev.target.checked })} />
              <label htmlFor={`inc-${e.ref}`}>
                Include <span className="case-ref">{e.ref}</span>
              </label>
              <button type="button" aria-label={`Move ${e.ref} up`} disabled={i === 0} onClick={() => void onMove(i, -1)}>↑</button>
              <button type="button" aria-label={`Move ${e.ref} down`} disabled={i === entries.length - 1} onClick={() => void onMove(i, 1)}>↓</button>
            </div>
            <label className="field">
              <span>Published title</span>
              <input defaultValue={e.title} key={e.title} onBlur={(ev) => ev.target.value.trim() && ev.target.value !== e.title && void onPatch(e.ref, { title: ev.target.value.trim() })} />
            </label>
            {/* The summary comes with the entries: fetching each case for it was two calls an entry (issue 13). */}
            <label className="field">
              <span>Request summary (optional)</span>
              <textarea
                rows={2}
                defaultValue={e.summary}
                key={e.summary}
                placeholder="Leave empty to publish the questions"
                onBlur={(ev) => ev.target.value !== e.summary && void onPatch(e.ref, { summary: ev.target.value })}
              />
            </label>
          </li>
        );
      })}
    </ol>
  );
});
