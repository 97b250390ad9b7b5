import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { LogMonthScreen } from './LogMonthScreen';

// The screen opens on last month by the computer's clock. Seen: a workspace whose responses were
// sent in other months showed only "No responses … were sent in October 2026", a dead end; the
// months that do have entries are offered instead.
const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));

let desk: RealDesk;
beforeEach(() => (desk = realDesk()));
afterEach(() => desk.close());

describe('LogMonthScreen on a month with nothing to publish', () => {
  it('offers the months that have responses to publish, newest first, and opens one', async () => {
    await desk.desk.importBundle({ bundle });
    const user = userEvent.setup();
    render(<LogMonthScreen desk={desk.desk} onCasesChanged={() => {}} />);
    const june = await screen.findByRole('button', { name: 'June 2024 (2)' });
    const may = screen.getByRole('button', { name: 'May 2024 (1)' });
    expect(june.compareDocumentPosition(may) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(june);
    expect(await screen.findByRole('checkbox', { name: /5024113/ })).toBeTruthy();
  });

  it('says what to do when nothing has been sent yet', async () => {
    render(<LogMonthScreen desk={desk.desk} onCasesChanged={() => {}} />);
    expect(await screen.findByText(/Set a case's status to Sent with its date sent/)).toBeTruthy();
  });
});

// Seen in e2e: the screen's first preview (last month, empty) answered after the officer had already
// picked June, and wiped June's entries. Two previews are held here and answered in the wrong order.
describe('LogMonthScreen when previews answer out of order', () => {
  it('shows the month last chosen, not the answer that arrived last', async () => {
    await desk.desk.importBundle({ bundle });
    const held: { month: string; release: () => void }[] = [];
    const real = desk.desk;
    const slowDesk = {
      ...real,
      previewLog: (input: Parameters<typeof real.previewLog>[0]) =>
        new Promise<Awaited<ReturnType<typeof real.previewLog>>>((resolve, reject) => held.push({ month: input.month, release: () => real.previewLog(input).then(resolve, reject) })),
    };
    render(<LogMonthScreen desk={slowDesk} onCasesChanged={() => {}} />);
    await waitFor(() => expect(held).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2024-06' } });
    await waitFor(() => expect(held).toHaveLength(2));
    held[1]!.release(); // June first
    expect(await screen.findByRole('checkbox', { name: /5024113/ })).toBeTruthy();
    held[0]!.release(); // then the stale, empty month
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('checkbox', { name: /5024113/ })).toBeTruthy();
  });
});
