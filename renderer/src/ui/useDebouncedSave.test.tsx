import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStateText, useDebouncedSave } from './useDebouncedSave';

/** A save that records what it was given and can be told to fail, like a locked workspace. */
function recordingSave() {
  const saved: string[] = [];
  let failWith: string | null = null;
  return {
    saved,
    failNext: (message: string) => (failWith = message),
    save: async (value: string) => {
      if (failWith) {
        const message = failWith;
        failWith = null;
        throw new Error(message);
      }
      saved.push(value);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useDebouncedSave', () => {
  it('writes once, the last value, 400 ms after the last change', async () => {
    const store = recordingSave();
    const { result } = renderHook(() => useDebouncedSave(store.save));
    act(() => result.current.schedule('Dear Ms Smith'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    act(() => result.current.schedule('Dear Ms Smith,'));
    expect(result.current.state).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(store.saved).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(store.saved).toEqual(['Dear Ms Smith,']);
    expect(result.current.state).toBe('saved');
  });

  it('keeps a value whose save failed, says so, and writes it on the next try', async () => {
    const store = recordingSave();
    const { result } = renderHook(() => useDebouncedSave(store.save));
    store.failNext('The workspace is locked by another window.');
    act(() => result.current.schedule('draft 1'));
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(store.saved).toEqual([]);
    expect(result.current.state).toBe('failed');
    expect(saveStateText(result.current.state, result.current.error)).toBe(
      'Not saved: The workspace is locked by another window. Your text is kept; it will be saved with your next change.',
    );
    expect(saveStateText('failed', 'disk full')).toBe('Not saved: disk full. Your text is kept; it will be saved with your next change.');
    await act(() => result.current.flush());
    expect(store.saved).toEqual(['draft 1']);
    expect(result.current.state).toBe('saved');
    expect(result.current.error).toBeNull();
  });

  it('writes what is pending at once when the screen closes', async () => {
    const store = recordingSave();
    const { result, unmount } = renderHook(() => useDebouncedSave(store.save));
    act(() => result.current.schedule('typed just before closing'));
    unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.saved).toEqual(['typed just before closing']);
  });

  it('writes what is pending at once when the window is hidden or unloads', async () => {
    const store = recordingSave();
    const { result } = renderHook(() => useDebouncedSave(store.save));
    act(() => result.current.schedule('typed before the window closed'));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(store.saved).toEqual(['typed before the window closed']);
    // Nothing is written twice when the timer would have fired.
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(store.saved).toEqual(['typed before the window closed']);
  });
});
