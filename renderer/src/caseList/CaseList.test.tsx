import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFilter } from '../../../core/api/contract';
import { todayInUk, type CaseSummary } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { CaseList, SEARCH_DEBOUNCE_MS } from './CaseList';

let desk: RealDesk;
beforeEach(() => (desk = realDesk()));
afterEach(() => desk.close());

function summary(i: number): CaseSummary {
  return { id: `c${i}`, ref: `50240${String(i).padStart(2, '0')}`, title: `Case ${i}`, regime: 'foia', status: 'drafting', received: '2024-12-02', sent: null, due: '2025-01-03', workingDaysLeft: 5, questionCount: 2, answeredCount: 1 };
}

function renderList(props: Partial<Parameters<typeof CaseList>[0]> = {}) {
  const onSearch = vi.fn();
  const onShowMore = vi.fn();
  const onFilter = vi.fn<(f: CaseFilter) => void>();
  const onOpen = vi.fn<(id: string) => void>();
  const base = { desk: desk.desk, cases: [] as CaseSummary[] | null, limit: 3, onShowMore, filter: 'open' as CaseFilter, onFilter, search: '', onSearch, selectedId: null, onOpen, onCasesChanged: () => {} };
  const utils = render(<CaseList {...base} {...props} />);
  return { ...utils, base, onSearch, onShowMore, onFilter, onOpen };
}

describe('CaseList', () => {
  it('asks for a search once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    try {
      const { onSearch } = renderList({ cases: [summary(1)] });
      const box = screen.getByLabelText('Search cases');
      for (const text of ['g', 'gr', 'gri', 'grit']) {
        fireEvent.change(box, { target: { value: text } });
        await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
      }
      expect(onSearch).not.toHaveBeenCalled();
      expect((box as HTMLInputElement).value).toBe('grit');
      await act(() => vi.advanceTimersByTimeAsync(50));
      expect(onSearch.mock.calls).toEqual([['grit']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows one page and offers more when the store returned one beyond it', () => {
    const { onShowMore, rerender, base } = renderList({ cases: [1, 2, 3, 4].map(summary) });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show more cases' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
    rerender(<CaseList {...base} cases={[1, 2, 3].map(summary)} />);
    expect(screen.queryByRole('button', { name: 'Show more cases' })).toBeNull();
  });
});

// Issue 11. Seen: under "Open" with every case sent, the list said only "No cases here yet." and a
// case marked sent vanished from the list while it was still open on the right.
describe('a list that tells the truth', () => {
  const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
  beforeEach(async () => {
    await desk.desk.importBundle({ bundle });
  });

  it('says which filter hides what, and Show all switches the filter', async () => {
    const { onFilter } = renderList({ cases: [] });
    expect(await screen.findByText('No open cases.')).toBeTruthy();
    expect(await screen.findByText(/3 sent cases match/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onFilter).toHaveBeenCalledWith('all');
  });

  it('says a search looks in every case, and offers the bin when a deleted case matches', async () => {
    const id = (await desk.desk.findCaseByRef({ ref: '5024113' })).id!;
    await desk.desk.deleteCase({ id });
    renderList({ cases: [], search: 'placeholder' });
    expect(await screen.findByText('No case matches “placeholder”.')).toBeTruthy();
    expect(screen.getByText('Searching all cases, not only “Open”.')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Open the bin' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore 5024113' }));
    expect(await screen.findByText(/5024113 is back in the case list/)).toBeTruthy();
    expect(await desk.desk.listBin({})).toEqual([]);
  });

  it('keeps a case just marked sent in reach when the filter no longer lists it', async () => {
    const c = await desk.desk.createCase({ ref: 'NEW-1', title: 'Gritting routes', regime: 'foia', received: '2024-05-01' });
    await desk.desk.updateCase({ id: c.id, patch: { status: 'sent', sent: todayInUk() } });
    const { onOpen } = renderList({ cases: [], selectedId: c.id });
    expect(await screen.findByText('Just sent: not in “Open”')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /NEW-1 Gritting routes/ }));
    expect(onOpen).toHaveBeenCalledWith(c.id);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show all cases' })).toBeTruthy());
  });
});
