import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../../../core/model';
import { CaseList, SEARCH_DEBOUNCE_MS } from './CaseList';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function summary(i: number): CaseSummary {
  return { id: `c${i}`, ref: `50240${String(i).padStart(2, '0')}`, title: `Case ${i}`, regime: 'foia', status: 'drafting', received: '2024-12-02', sent: null, due: '2025-01-03', workingDaysLeft: 5, questionCount: 2, answeredCount: 1 };
}

function renderList(props: Partial<Parameters<typeof CaseList>[0]> = {}) {
  const onSearch = vi.fn();
  const onShowMore = vi.fn();
  const utils = render(<CaseList cases={[]} limit={3} onShowMore={onShowMore} filter="open" onFilter={() => {}} search="" onSearch={onSearch} selectedId={null} onOpen={() => {}} {...props} />);
  return { ...utils, onSearch, onShowMore };
}

describe('CaseList', () => {
  it('asks for a search once typing pauses, not on every keystroke', async () => {
    const { onSearch } = renderList();
    const box = screen.getByLabelText('Search cases');
    for (const text of ['g', 'gr', 'gri', 'grit']) {
      fireEvent.change(box, { target: { value: text } });
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
    }
    expect(onSearch).not.toHaveBeenCalled();
    expect((box as HTMLInputElement).value).toBe('grit');
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(onSearch.mock.calls).toEqual([['grit']]);
  });

  it('shows one page and offers more when the store returned one beyond it', async () => {
    const { onShowMore, rerender } = renderList({ cases: [1, 2, 3, 4].map(summary) });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show more cases' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
    rerender(<CaseList cases={[1, 2, 3].map(summary)} limit={3} onShowMore={onShowMore} filter="open" onFilter={() => {}} search="" onSearch={() => {}} selectedId={null} onOpen={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Show more cases' })).toBeNull();
  });
});
