import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import { ChecksSummary } from './ChecksSummary';

const unanswered = (n: number): Finding => ({ ruleId: 'unanswered-question', severity: 'error', caseRef: 'FOI-1', questionNumber: String(n), message: `Question ${n} has no answer.` });
const twelve = Array.from({ length: 12 }, (_, i) => unanswered(i + 1));
const personal: Finding = { ruleId: 'personal-data', severity: 'warning', caseRef: 'FOI-1', questionNumber: '2', answerId: 'a2', message: 'A phone number.' };

describe('ChecksSummary', () => {
  it('counts questions still to answer as one line, not as errors', async () => {
    const { container } = render(<ChecksSummary findings={twelve} onGoTo={() => undefined} />);
    const toggle = screen.getByRole('button', { name: 'Checks: 12 questions to answer' });
    expect(container.querySelector('.checks-summary')?.className).toContain('has-todo');
    await userEvent.click(toggle);
    expect(screen.getByText(/Questions 1–12 have no answer yet/)).toBeTruthy();
    // One line, not twelve findings.
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('names the other findings beside the questions to answer, and goes to the first open question', async () => {
    const visited: Finding[] = [];
    render(<ChecksSummary findings={[unanswered(3), personal]} onGoTo={(f) => visited.push(f)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Checks: 1 question to answer · 0 errors, 1 warning' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go to question 3' }));
    expect(visited).toEqual([unanswered(3)]);
  });
});
