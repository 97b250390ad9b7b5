import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { ClockPanel } from './ClockPanel';

// The clock panel offers what core/deadlines/clockOptions says the law gives, and saves through a real
// DeskService on a real SQLite file.
let real: RealDesk | null = null;
afterEach(() => {
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
    fireEvent.change(screen.getByLabelText('Fees notice given'), { target: { value: '2025-01-06' } });
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
});
