import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { InternalReviewPanel } from './InternalReviewPanel';

// The internal review on the case screen, saved through a real DeskService on a real SQLite file.
let real: RealDesk | null = null;
afterEach(async () => {
  real?.close();
  real = null;
});

async function sentCase(): Promise<{ r: RealDesk; c: Case }> {
  real = realDesk('2024-07-15');
  const made = await real.desk.createCase({ ref: 'IR-1', title: 'Fleet', regime: 'foia', received: '2024-04-02', requester: { name: '', email: '', address: '' }, requestText: '' });
  const c = await real.desk.updateCase({ id: made.id, patch: { status: 'sent', sent: '2024-04-30' } });
  return { r: real, c };
}

/** The panel as the case screen holds it: the case follows what was saved. */
function Host({ r, initial }: { r: RealDesk; initial: Case }) {
  const [c, setCase] = useState(initial);
  return <InternalReviewPanel desk={r.desk} c={c} onSaved={(review) => setCase((prev) => ({ ...prev, review }))} />;
}

const commit = (label: string, text: string) => {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('InternalReviewPanel', () => {
  it('records a review asked for, then its outcome and day decided, on a sent case', async () => {
    const { r, c } = await sentCase();
    render(<Host r={r} initial={c} />);
    // Nothing else until the review is asked for.
    expect(screen.queryByLabelText('Outcome')).toBeNull();
    commit('Review requested', '7/5/24');
    await waitFor(async () => expect((await r.service.getCase({ id: c.id })).review).toEqual({ requested: '2024-05-07', outcome: null, completed: null }));
    fireEvent.change(await screen.findByLabelText('Outcome'), { target: { value: 'overturned' } });
    await waitFor(async () => expect((await r.service.getCase({ id: c.id })).review?.outcome).toBe('overturned'));
    commit('Review decided', '4 June 2024');
    await waitFor(async () => expect((await r.service.getCase({ id: c.id })).review).toEqual({ requested: '2024-05-07', outcome: 'overturned', completed: '2024-06-04' }));
  });

  it('says at the field, in words, when the review would be decided before it was asked for', async () => {
    const { r, c } = await sentCase();
    const asked = await r.desk.updateCase({ id: c.id, patch: { review: { requested: '2024-05-07', outcome: null, completed: null } } });
    render(<Host r={r} initial={asked} />);
    commit('Review decided', '1/5/2024');
    expect((await screen.findByText(/^Review decided: the review cannot be decided before it was requested/)).textContent).not.toMatch(/patch\./);
    expect((await r.service.getCase({ id: c.id })).review?.completed).toBeNull();
  });

  it('takes away a review recorded in error when its date is cleared, but never one with an outcome', async () => {
    const { r, c } = await sentCase();
    const withOutcome = await r.desk.updateCase({ id: c.id, patch: { review: { requested: '2024-05-07', outcome: 'upheld', completed: null } } });
    const view = render(<Host r={r} initial={withOutcome} />);
    commit('Review requested', '');
    expect(await screen.findByText(/set the outcome to "Not decided yet"/)).toBeTruthy();
    expect((await r.service.getCase({ id: c.id })).review?.outcome).toBe('upheld');
    view.unmount();

    const noOutcome = await r.desk.updateCase({ id: c.id, patch: { review: { requested: '2024-05-07', outcome: null, completed: null } } });
    render(<Host r={r} initial={noOutcome} />);
    commit('Review requested', '');
    await waitFor(async () => expect((await r.service.getCase({ id: c.id })).review).toBeUndefined());
    await waitFor(() => expect(screen.queryByLabelText('Outcome')).toBeNull());
  });
});
