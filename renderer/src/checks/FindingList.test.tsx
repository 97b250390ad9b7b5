import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import { FindingList } from './FindingList';
import { onOpenSettings } from './openSettings';

const personalData: Finding = {
  ruleId: 'personal-data',
  severity: 'error',
  caseRef: 'FOI-2024-017',
  questionNumber: '2',
  answerId: 'a2',
  message: 'The answer names a member of staff.',
  excerpt: 'Jane Smith',
  redaction: { find: 'Jane Smith', replaceWith: '[name redacted]' },
};
const missingReview: Finding = { ruleId: 'review-rights', severity: 'warning', caseRef: 'FOI-2024-017', message: 'The letter does not say how to ask for a review.' };

describe('FindingList', () => {
  it('spells out each severity in words, never colour alone', () => {
    render(<FindingList findings={[personalData, missingReview]} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(within(first!).getByText('Error')).toBeTruthy();
    expect(within(second!).getByText('Warning')).toBeTruthy();
    expect(first!.textContent).toContain('The answer names a member of staff.');
    expect(first!.querySelector('q')?.textContent).toBe('Jane Smith');
  });

  it('offers Redact and Go to, and hands back the finding clicked', async () => {
    const redacted: Finding[] = [];
    const visited: Finding[] = [];
    render(<FindingList findings={[personalData, missingReview]} onRedact={(f) => redacted.push(f)} onGoTo={(f) => visited.push(f)} />);
    // Only the finding with a redaction gets Redact; only one tied to a question or answer gets Go to.
    expect(screen.getAllByRole('button', { name: 'Redact' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Go to' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Redact' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go to' }));
    expect(redacted).toEqual([personalData]);
    expect(visited).toEqual([personalData]);
  });

  it('shows an overridden finding with its recorded reason, and no Redact', () => {
    const overridden: Finding = { ...personalData, override: { reason: 'The officer consented to being named.' } };
    render(<FindingList findings={[overridden]} onRedact={() => undefined} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Overridden')).toBeTruthy();
    expect(item.textContent).toContain('Reason recorded: The officer consented to being named.');
    expect(screen.queryByRole('button', { name: 'Redact' })).toBeNull();
  });

  it('names the case and question when listing findings across cases', () => {
    render(<FindingList findings={[personalData]} showCase />);
    expect(screen.getByRole('listitem').textContent).toMatch(/^ErrorFOI-2024-017 question 2: The answer names/);
  });

  it('renders nothing when there is nothing to report', () => {
    const { container } = render(<FindingList findings={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('offers a settings fix as a button that asks for Settings at that field', async () => {
    const gap: Finding = { ...missingReview, message: 'Fill in the review address in Settings.', fix: { kind: 'open-settings', field: 'reviewAddress', label: 'Fill in the review address' } };
    const asked: string[] = [];
    const stop = onOpenSettings((field) => asked.push(field));
    render(<FindingList findings={[gap]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fill in the review address' }));
    stop();
    expect(asked).toEqual(['reviewAddress']);
  });

  it('offers a fix that changes the case only where a handler can carry it out', async () => {
    const redirect: Finding = { ...personalData, ruleId: 'redirect-disposition', redaction: undefined, fix: { kind: 'set-disposition', answerId: 'a2', disposition: 'redirected', redirectTo: 'Kent Police', label: 'Mark as Redirected' } };
    const { unmount } = render(<FindingList findings={[redirect]} />);
    expect(screen.queryByRole('button', { name: 'Mark as Redirected' })).toBeNull();
    unmount();
    const fixed: Finding[] = [];
    render(<FindingList findings={[redirect]} onFix={(f) => fixed.push(f)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark as Redirected' }));
    expect(fixed).toEqual([redirect]);
  });

  it('gives no Go to where there is nowhere to go', () => {
    render(<FindingList findings={[personalData, missingReview]} onGoTo={() => undefined} canGoTo={(f) => f.answerId === 'a-gone'} />);
    expect(screen.queryByRole('button', { name: 'Go to' })).toBeNull();
  });
});
