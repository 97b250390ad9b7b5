import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { QuestionsPanel } from './QuestionsPanel';

const REQUEST = [
  'Dear FOI Team,',
  '1. How many complaints in 2023 involved body-worn video footage?',
  '2. How many of those were upheld?',
  '3. What guidance do officers follow when footage is missing?',
].join('\n');

let desk: RealDesk;
let c: Case;

beforeEach(async () => {
  desk = realDesk();
  c = await desk.desk.createCase({
    ref: 'FOI-2024-017',
    title: 'Body-worn video in complaints',
    regime: 'foia',
    received: '2024-05-20',
    requester: { name: 'Jane Smith', email: 'jane@example.org', address: '' },
    requestText: REQUEST,
  });
});
afterEach(() => desk.close());

function panel(current: Case) {
  return render(<QuestionsPanel desk={desk.desk} c={current} requestText={REQUEST} onCaseChanged={() => undefined} checkContext={null} />);
}

const storedQuestions = async () => (await desk.service.getCase({ id: c.id })).questions.map((q) => `${q.number} ${q.text}`);

describe('QuestionsPanel, against a real workspace', () => {
  it('splits the request into questions, corrects the split, and saves the corrections', async () => {
    const user = userEvent.setup();
    panel(c);
    await user.click(screen.getByRole('button', { name: 'Split into questions' }));
    const list = screen.getByRole('list', { name: 'Correct the split' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    // Question 2 was one thought with question 1: merge it back (its label stays in the words, so nothing is lost).
    await user.click(within(screen.getByRole('group', { name: 'Correct question 2' })).getByRole('button', { name: 'Merge with previous' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(async () =>
      expect(await storedQuestions()).toEqual([
        '1 How many complaints in 2023 involved body-worn video footage? 2. How many of those were upheld?',
        '3 What guidance do officers follow when footage is missing?',
      ]),
    );
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('starts an answer to a question and stores it, linked to that question', async () => {
    const user = userEvent.setup();
    const { unmount } = panel(c);
    await user.click(screen.getByRole('button', { name: 'Split into questions' }));
    await waitFor(async () => expect(await storedQuestions()).toHaveLength(3));
    unmount();

    // Reopened from the store, as the officer would find it the next day.
    panel(await desk.service.getCase({ id: c.id }));
    await user.click(screen.getByRole('button', { name: 'Answer question 2' }));
    const stored = await desk.service.getCase({ id: c.id });
    expect(stored.answers).toHaveLength(1);
    expect(stored.answers[0]?.covers).toEqual([stored.questions[1]?.id]);
    expect(screen.queryByRole('button', { name: 'Answer question 2' })).toBeNull();
  });

  it('answers selected questions together with one shared answer', async () => {
    const user = userEvent.setup();
    const { unmount } = panel(c);
    await user.click(screen.getByRole('button', { name: 'Split into questions' }));
    await waitFor(async () => expect(await storedQuestions()).toHaveLength(3));
    unmount();

    panel(await desk.service.getCase({ id: c.id }));
    await user.click(screen.getByRole('checkbox', { name: 'Select question 1 to answer with others' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select question 2 to answer with others' }));
    await user.click(screen.getByRole('button', { name: /together$/ }));
    await waitFor(async () => expect((await desk.service.getCase({ id: c.id })).answers).toHaveLength(1));
    const stored = await desk.service.getCase({ id: c.id });
    expect(stored.answers[0]?.covers).toEqual([stored.questions[0]?.id, stored.questions[1]?.id]);
    expect(screen.getByText('Answered together with the questions below.')).toBeTruthy();
  });
});
