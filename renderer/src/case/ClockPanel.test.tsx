import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { ClockPanel } from './ClockPanel';

// The clock panel offers what core/deadlines/clockOptions says the law gives, and saves through a real
// DeskService on a real SQLite file.
let real: RealDesk | null = null;
afterEach(async () => {
  real?.close();
  real = null;
});

async function caseUnder(regime: Case['regime']): Promise<{ real: RealDesk; c: Case }> {
  real = realDesk('2025-01-08');
  const c = await real.desk.createCase({ ref: `T-${regime}`, title: 'Fleet', regime, received: '2024-12-20', requester: { name: '', email: '', address: '' }, requestText: '' });
  return { real, c };
}

function mount(r: RealDesk, c: Case, settings?: Parameters<typeof ClockPanel>[0]['settings']) {
  const saved: Case[] = [];
  const view = render(<ClockPanel desk={r.desk} c={c} onSaved={(u) => saved.push(u)} confirmSend={async () => true} settings={settings} />);
  return { saved, view };
}

describe('ClockPanel', () => {
  it('offers FOIA its public interest extension and the fee pause, and the EIR its 40 days and neither of those', async () => {
    const foia = await caseUnder('foia');
    const { view } = mount(foia.real, foia.c);
    expect(screen.getByLabelText('Public interest extension (working days)')).toBeTruthy();
    expect(screen.getByLabelText('Fees notice given')).toBeTruthy();
    expect(screen.queryByLabelText('Complex and voluminous (40 working days)')).toBeNull();
    view.unmount();
    foia.real.close();

    const eir = await caseUnder('eir');
    mount(eir.real, eir.c);
    expect(screen.getByLabelText('Complex and voluminous (40 working days)')).toBeTruthy();
    expect(screen.queryByLabelText('Public interest extension (working days)')).toBeNull();
    expect(screen.queryByLabelText('Fees notice given')).toBeNull();
  });

  it('records the fees notice on the case, and the deadline then counts the pause', async () => {
    const { real: r, c } = await caseUnder('foia');
    const { saved } = mount(r, c);
    const field = screen.getByLabelText('Fees notice given');
    fireEvent.change(field, { target: { value: '6/1/2025' } });
    fireEvent.blur(field);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.clock.feeNoticeGiven).toBe('2025-01-06');
    // Awaited since Mon 6 Jan, counted as of Wed 8 Jan: three working days set aside, so Tue 28 Jan, not Thu 23 Jan.
    const deadline = await r.desk.getCaseDeadline({ id: c.id });
    expect(deadline).toMatchObject({ due: '2025-01-28', feePause: { awaitingFee: true } });
  });

  it('offers the time limit variations the organisation uses, and asks for the Commissioner\'s day when one needs it', async () => {
    const { real: r, c } = await caseUnder('foia');
    const settings = { timeLimitVariations: ['school' as const, 'held-outside-uk' as const] };
    const { saved, view } = mount(r, c, settings);
    expect(screen.getByTestId('school-rule').textContent).toMatch(/20 school days or 60 working days/);
    const select = screen.getByLabelText('Time limit') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['none', 'held-outside-uk']);
    expect(screen.queryByLabelText('Day the Commissioner specified')).toBeNull();

    fireEvent.change(select, { target: { value: 'held-outside-uk' } });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.clock).toMatchObject({ timeLimitVariation: 'held-outside-uk', commissionerSpecifiedDue: null });
    view.rerender(<ClockPanel desk={r.desk} c={saved[0]!} onSaved={(u) => saved.push(u)} confirmSend={async () => true} settings={settings} />);
    expect(screen.getByLabelText('Day the Commissioner specified')).toBeTruthy();
  });

  // Issue 11: each keystroke in "Date sent" was saved, so the year passed through 0002, 0020…, the service
  // refused it with "patch.sent: …", and clearing a part of the date saved null: the sent date was wiped.
  it('saves a typed sent date once, when complete, and never stores a partial year or wipes the date', async () => {
    const { real: r, c } = await caseUnder('foia');
    const before = await r.desk.updateCase({ id: c.id, patch: { sent: '2025-01-06' } });
    const { saved } = mount(r, before);
    const field = screen.getByLabelText('Date sent');
    const typed = '03/06/2024';
    for (let i = 0; i <= typed.length; i++) {
      fireEvent.change(field, { target: { value: typed.slice(0, i) } });
      await new Promise((resolve) => setTimeout(resolve, 5));
      // Whatever the page holds, the workspace still has the old date until the officer is done.
      expect((await r.desk.getCase({ id: c.id })).sent).toBe('2025-01-06');
    }
    expect(saved).toHaveLength(0);
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await r.desk.getCase({ id: c.id })).sent).toBe('2024-06-03');
    expect(document.body.textContent).not.toMatch(/patch\./);
  });

  it('shows an impossible date at the field in words and saves nothing', async () => {
    const { real: r, c } = await caseUnder('foia');
    const { saved } = mount(r, c);
    const field = screen.getByLabelText('Clarification requested');
    fireEvent.change(field, { target: { value: '31/02/2024' } });
    fireEvent.blur(field);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toMatch(/31\/02\/2024 is not a date/);
    expect(saved).toHaveLength(0);
    expect((await r.desk.getCase({ id: c.id })).clock.clarificationRequested).toBeNull();
  });

  it('keeps both of two clock dates committed one straight after the other', async () => {
    const { real: r, c } = await caseUnder('foia');
    const saved: Case[] = [];
    // The case screen passes each saved case back down, as here.
    function Screen() {
      const [current, setCurrent] = useState(c);
      return <ClockPanel desk={r.desk} c={current} onSaved={(u) => (saved.push(u), setCurrent(u))} confirmSend={async () => true} />;
    }
    render(<Screen />);
    const requested = screen.getByLabelText('Clarification requested');
    const received = screen.getByLabelText('Clarification received');
    fireEvent.change(requested, { target: { value: '2/1/2025' } });
    fireEvent.blur(requested);
    fireEvent.change(received, { target: { value: '6/1/2025' } });
    fireEvent.blur(received);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect((await r.desk.getCase({ id: c.id })).clock).toMatchObject({ clarificationRequested: '2025-01-02', clarificationReceived: '2025-01-06' });
  });
});
