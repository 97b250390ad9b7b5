import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { useCheckGate } from './useCheckGate';

// The gate against the real service: the reasons must land on the case through one recordOverrides call.
let real: RealDesk;
beforeEach(() => {
  real = realDesk();
});
afterEach(() => real.close());

function Gate({ blocking, onDecided }: { blocking: Finding[]; onDecided: (go: boolean) => void }) {
  const gate = useCheckGate(real.desk);
  return (
    <>
      <button type="button" onClick={() => void gate.confirm({ title: 'Before this response goes out', action: 'send the response', blocking }).then(onDecided)}>
        Send
      </button>
      {gate.dialog}
    </>
  );
}

const finding = (caseRef: string): Finding => ({ ruleId: 'review-rights-missing', severity: 'error', caseRef, questionNumber: '2', message: 'The letter does not explain the right to an internal review.' });

describe('useCheckGate', () => {
  it("records the officer's reason on the case, then goes ahead", async () => {
    const c = await real.desk.createCase({ ref: 'FOI-1', title: 'Speed cameras', regime: 'foia', received: '2024-05-20' });
    const decided: boolean[] = [];
    const user = userEvent.setup();
    render(<Gate blocking={[finding('FOI-1')]} onDecided={(go) => decided.push(go)} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.type(screen.getByLabelText('Reason to go ahead'), 'Review rights sent in the covering email');
    await user.click(screen.getByRole('button', { name: 'Send the response anyway' }));
    await expect.poll(() => decided).toEqual([true]);
    const saved = await real.desk.getCase({ id: c.id });
    expect(saved.overrides).toEqual([expect.objectContaining({ ruleId: 'review-rights-missing', questionNumber: '2', reason: 'Review rights sent in the covering email' })]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays open and says why when the reasons could not be recorded, and does not go ahead', async () => {
    const decided: boolean[] = [];
    const user = userEvent.setup();
    render(<Gate blocking={[finding('FOI-gone')]} onDecided={(go) => decided.push(go)} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.type(screen.getByLabelText('Reason to go ahead'), 'Agreed with the requester');
    await user.click(screen.getByRole('button', { name: 'Send the response anyway' }));
    expect((await screen.findByRole('alert')).textContent).toContain('FOI-gone');
    expect(decided).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Go back and fix' }));
    await expect.poll(() => decided).toEqual([false]);
  });
});
