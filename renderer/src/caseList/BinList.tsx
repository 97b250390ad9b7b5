import { useCallback, useEffect, useState } from 'react';
import type { BinnedCase, DeskApi } from '../../../core/api/contract';
import { errorMessage } from '../desk';
import { formatUkShort } from '../ui/dates';

interface Props {
  desk: DeskApi;
  /** A case came back: the list is to be read again. */
  onRestored: () => void;
  onOpen: (id: string) => void;
}

/**
 * The bin: deleted cases, restorable for 30 days before `desk bin purge` may remove them. Shown in
 * the sidebar in place of the list, so the officer finds it where the case used to be.
 */
export function BinList({ desk, onRestored, onOpen }: Props) {
  const [binned, setBinned] = useState<BinnedCase[] | null>(null);
  const [restored, setRestored] = useState<{ id: string; ref: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBinned(await desk.listBin({}));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [desk]);
  useEffect(() => {
    void load();
  }, [load]);

  async function restore(c: BinnedCase) {
    setError(null);
    try {
      await desk.restoreCase({ id: c.id });
      setRestored({ id: c.id, ref: c.ref });
      onRestored();
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="bin-list">
      <p className="hint">Deleted cases stay here for 30 days, then may be removed for good.</p>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div role="status">
        {restored && (
          <p>
            {restored.ref} is back in the case list.{' '}
            <button type="button" className="link-button" onClick={() => onOpen(restored.id)}>
              Open {restored.ref}
            </button>
          </p>
        )}
        {binned?.length === 0 && <p className="muted">The bin is empty.</p>}
      </div>
      {binned === null ? (
        <p className="muted">Loading the bin…</p>
      ) : (
        binned.length > 0 && (
          <ul className="cases" aria-label={`${binned.length} deleted case${binned.length === 1 ? '' : 's'}`}>
            {binned.map((c) => (
              <li key={c.id} className="bin-item">
                <span className="case-ref">{c.ref}</span>
                <span className="case-title">{c.title}</span>
                <span className="case-meta">
                  Deleted {formatUkShort(c.deletedAt.slice(0, 10))} · {c.daysLeft === 0 ? 'may be removed now' : `${c.daysLeft} day${c.daysLeft === 1 ? '' : 's'} left`}
                </span>
                <button type="button" aria-label={`Restore ${c.ref}`} onClick={() => void restore(c)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
