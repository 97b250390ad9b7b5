import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import { CheckGateDialog } from './CheckGateDialog';

const findings: Finding[] = [
  { ruleId: 'exemption-cited', severity: 'error', caseRef: 'FOI-2024-017', questionNumber: '1', message: 'The refusal does not name the exemption relied on.' },
  { ruleId: 'public-interest', severity: 'error', caseRef: 'FOI-2024-017', questionNumber: '3', message: 'A qualified exemption needs the public interest test.' },
];

function open(props: Partial<Parameters<typeof CheckGateDialog>[0]> = {}) {
  const calls = { proceeded: [] as string[][], cancelled: 0 };
  render(
    <CheckGateDialog
      title="Checks before sending"
      action="send the letter"
      findings={findings}
      onCancel={() => calls.cancelled++}
      onProceed={(reasons) => calls.proceeded.push(reasons)}
      {...props}
    />,
  );
  return calls;
}

describe('CheckGateDialog', () => {
  it('goes ahead only once every failing check has a reason, and records them trimmed', async () => {
    const user = userEvent.setup();
    const calls = open();
    const proceed = screen.getByRole('button', { name: 'Send the letter anyway' });
    const [first, second] = screen.getAllByRole('textbox', { name: 'Reason to go ahead' });

    expect(proceed).toHaveProperty('disabled', true);
    await user.type(first!, '  Exemption named in the covering email  ');
    expect(proceed).toHaveProperty('disabled', true);
    await user.type(second!, '   ');
    expect(proceed).toHaveProperty('disabled', true); // blanks are not a reason
    await user.clear(second!);
    await user.type(second!, 'Public interest set out in the annex');
    expect(proceed).toHaveProperty('disabled', false);

    await user.click(proceed);
    expect(calls.proceeded).toEqual([['Exemption named in the covering email', 'Public interest set out in the annex']]);
  });

  it('says how many checks fail and puts the officer on "Go back and fix"', () => {
    open();
    const dialog = screen.getByRole('dialog', { name: 'Checks before sending' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText(/^2 checks fail\. Fix them first/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back and fix' }));
  });

  it('cancels on Escape and on "Go back and fix", without going ahead', async () => {
    const user = userEvent.setup();
    const calls = open({ findings: findings.slice(0, 1) });
    expect(screen.getByText(/^One check fails\. Fix it first/)).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Go back and fix' }));
    expect(calls.cancelled).toBe(2);
    expect(calls.proceeded).toEqual([]);
  });

  it('shows why recording the reasons failed', () => {
    open({ error: 'The workspace is locked by another window.' });
    expect(screen.getByRole('alert').textContent).toBe('The workspace is locked by another window.');
  });
});
