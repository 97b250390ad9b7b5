import { useCallback, useEffect, useRef, useState } from 'react';
import { saveErrorText } from './fieldErrorText';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * Autosave: a change is written within `delay` ms of the last keystroke, and at once when the
 * screen closes or the window unloads, so the page never holds the only copy for long. There is no
 * Save button to forget.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>, delay = 400) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState('saving');
    try {
      await saveRef.current(next.value);
      setError(null);
      setState(pending.current ? 'pending' : 'saved');
    } catch (err) {
      // Keep the unsaved value so the next change or the retry writes it.
      pending.current ??= next;
      // In words: the field by its label, never the service's path (`answer.doc…`, `patch.letter…`).
      setError(saveErrorText(err));
      setState('failed');
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, state, error };
}

export function saveStateText(state: SaveState, error: string | null): string {
  switch (state) {
    case 'saved':
      return 'All changes saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      // The desk's messages are sentences already: one full stop, not two.
      return `Not saved: ${(error ?? 'unknown error').replace(/\.$/, '')}. Your text is kept; it will be saved with your next change.`;
  }
}
