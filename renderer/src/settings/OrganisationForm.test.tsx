import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { OrganisationForm } from './OrganisationForm';

let real: RealDesk | null = null;
afterEach(() => {
  real?.close();
  real = null;
});

describe('OrganisationForm: the time limit setting', () => {
  it('saves a school\'s rule and its closure days, and a FOIA case\'s deadline then follows them', async () => {
    real = realDesk('2024-09-10');
    const r = real;
    const c = await r.desk.createCase({ ref: 'S-1', title: 'Trips', regime: 'foia', received: '2024-07-01', requester: { name: '', email: '', address: '' }, requestText: '' });
    render(<OrganisationForm desk={r.desk} onSaved={() => {}} onClose={() => {}} />);

    const school = await screen.findByLabelText(/Maintained school or academy/);
    expect(screen.queryByText('Days the school is closed')).toBeNull();
    fireEvent.click(school);
    fireEvent.click(screen.getByRole('button', { name: 'Add closure days' }));
    fireEvent.change(screen.getByLabelText('Closure name'), { target: { value: 'Summer holiday' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2024-07-22' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2024-09-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(async () => expect((await r.desk.getWorkspace({})).organisation.timeLimitVariations).toEqual(['school']));
    expect((await r.desk.getWorkspace({})).organisation.schoolClosures).toEqual([{ from: '2024-07-22', to: '2024-09-03', name: 'Summer holiday' }]);
    expect((await r.desk.getCaseDeadline({ id: c.id })).due).toBe('2024-09-12');
  });

  it('says what is wrong when a closure ends before it starts', async () => {
    real = realDesk('2024-09-10');
    render(<OrganisationForm desk={real.desk} onSaved={() => {}} onClose={() => {}} />);
    fireEvent.click(await screen.findByLabelText(/Maintained school or academy/));
    fireEvent.click(screen.getByRole('button', { name: 'Add closure days' }));
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2024-09-03' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2024-07-22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText(/must end on or after the day it starts/)).textContent).toBeTruthy();
  });
});
