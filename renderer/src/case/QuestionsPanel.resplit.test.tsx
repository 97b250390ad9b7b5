import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitRequest } from '../../../core/intake';
import type { Answer, Case } from '../../../core/model';
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

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeEach(async () => {
  desk = realDesk();
  const created = await desk.desk.createCase({ ref: 'FOI-2024-018', title: 'Body-worn video', regime: 'foia', received: '2024-05-20', requester: { name: 'Jane Smith', email: '', address: '' }, requestText: REQUEST });
  const questions = splitRequest(REQUEST).map((s, i) => ({ id: `old-${i + 1}`, number: s.number, label: s.label, text: s.text, heading: s.heading }));
  await desk.desk.updateCase({ id: created.id, patch: { questions } });
  const answers: Answer[] = questions.map((q) => ({ id: `a-${q.number}`, covers: [q.id], doc: paragraph(`Our answer to question ${q.number}.`), disposition: 'answered', exemptions: [], redirectTo: '' }));
  await desk.desk.replaceAnswers({ caseId: created.id, answers, removed: [] });
  c = await desk.desk.getCase({ id: created.id });
});
afterEach(() => desk.close());

function panel(current: Case, requestText = REQUEST) {
  // The old screen asked before splitting again; the new one offers Undo instead.
  window.confirm = () => true;
  return render(<QuestionsPanel desk={desk.desk} c={current} requestText={requestText} onCaseChanged={() => undefined} checkContext={null} />);
}

describe('Split again, against a real workspace', () => {
  it('keeps every answer on its question when the same questions come back', async () => {
    const user = userEvent.setup();
    panel(c);
    await user.click(screen.getByRole('button', { name: 'Split again' }));

    await waitFor(async () => {
      const stored = await desk.service.getCase({ id: c.id });
      // The split has reached the store (fresh ids), and each answer still names its question.
      expect(stored.questions.some((q) => q.id.startsWith('old-'))).toBe(false);
      const numberOf = new Map(stored.questions.map((q) => [q.id, q.number]));
      expect(stored.answers.map((a) => [a.id, a.covers.map((id) => numberOf.get(id))])).toEqual([
        ['a-1', ['1']],
        ['a-2', ['2']],
        ['a-3', ['3']],
      ]);
    });
    expect(within(screen.getByRole('region', { name: 'Answer to question 2' })).getByText('Our answer to question 2.')).toBeTruthy();
    expect(screen.getByText('Kept 3 answers on their questions.')).toBeTruthy();
    // Focus lands on what the split did (with Undo next), not on the button that did it.
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'The request was split again' }));
  });

  it('shows an answer whose question went, offers to attach it, and undoes the split exactly', async () => {
    const user = userEvent.setup();
    panel(c, REQUEST.split('\n').filter((l) => !l.startsWith('3.')).join('\n') + '\n3. Do officers record why footage is missing?');
    await user.click(screen.getByRole('button', { name: 'Split again' }));

    await screen.findByText('Kept 2 answers on their questions; 1 answer could not be matched.');
    const unlinked = screen.getByRole('region', { name: 'Answers not linked to a question' });
    expect(within(unlinked).getByText('Our answer to question 3.')).toBeTruthy();
    await waitFor(async () => expect((await desk.service.getCase({ id: c.id })).answers.find((a) => a.id === 'a-3')?.covers).toEqual([]));

    await user.click(screen.getByRole('button', { name: 'Undo split' }));
    await waitFor(async () => {
      const stored = await desk.service.getCase({ id: c.id });
      expect(stored.questions).toEqual(c.questions);
      expect(stored.answers).toEqual(c.answers);
    });
    expect(screen.queryByRole('region', { name: 'Answers not linked to a question' })).toBeNull();
  });

  it('attaches an unmatched answer to a question of the new split', async () => {
    const user = userEvent.setup();
    panel(c, REQUEST.split('\n').filter((l) => !l.startsWith('3.')).join('\n') + '\n3. Do officers record why footage is missing?');
    await user.click(screen.getByRole('button', { name: 'Split again' }));
    const unlinked = await screen.findByRole('region', { name: 'Answers not linked to a question' });
    await user.selectOptions(within(unlinked).getByRole('combobox', { name: /Attach to question/ }), within(unlinked).getByRole('option', { name: /^3/ }));
    await waitFor(async () => {
      const stored = await desk.service.getCase({ id: c.id });
      const q3 = stored.questions.find((q) => q.number === '3')!;
      expect(stored.answers.find((a) => a.id === 'a-3')?.covers).toEqual([q3.id]);
    });
    expect(within(screen.getByRole('region', { name: 'Answer to question 3' })).getByText('Our answer to question 3.')).toBeTruthy();
  });
});
