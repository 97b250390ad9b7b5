import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../core/model';
import { QuestionEditRow, type QuestionAction } from './QuestionEditRow';

const question: Question = { id: 'q2', number: '2', label: '2.', text: 'How many complaints were upheld in 2023?', heading: false };

function row(props: { question?: Question; index?: number; duplicate?: boolean } = {}) {
  const seen = { actions: [] as Array<[QuestionAction, number | undefined]>, texts: [] as string[], numbers: [] as string[] };
  render(
    <ol>
      <QuestionEditRow
        question={props.question ?? question}
        index={props.index ?? 1}
        duplicate={props.duplicate ?? false}
        onText={(t) => seen.texts.push(t)}
        onNumber={(n) => seen.numbers.push(n)}
        onAction={(a, cursor) => seen.actions.push([a, cursor])}
      />
    </ol>,
  );
  return seen;
}

describe('QuestionEditRow', () => {
  it('splits at the cursor in the question text', async () => {
    const seen = row();
    const text = screen.getByRole('textbox', { name: 'Text of question 2' }) as HTMLTextAreaElement;
    text.focus();
    text.setSelectionRange(20, 20); // after "How many complaints "
    await userEvent.click(screen.getByRole('button', { name: 'Split at cursor' }));
    expect(seen.actions).toEqual([['split', 20]]);
  });

  it('cannot merge or demote the first question, nor promote one that is not a sub-question', () => {
    row({ index: 0 });
    expect(screen.getByRole('button', { name: 'Merge with previous' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Demote' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Promote' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Add after' })).toHaveProperty('disabled', false);
  });

  it('passes each correction on by name', async () => {
    const seen = row({ question: { ...question, number: '2.1' } });
    for (const name of ['Merge with previous', 'Section heading', 'Demote', 'Promote', 'Add after', 'Remove']) {
      await userEvent.click(screen.getByRole('button', { name }));
    }
    expect(seen.actions.map(([a]) => a)).toEqual(['merge', 'heading', 'demote', 'promote', 'add', 'remove']);
  });

  it('flags a duplicate number on the field itself, in words', () => {
    row({ duplicate: true });
    const number = screen.getByRole('textbox', { name: 'Number of question 2' });
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(number.getAttribute('aria-describedby')!)?.textContent).toBe('Another question has the number 2.');
  });

  it('reports edits to the number and the text', async () => {
    const seen = row();
    await userEvent.type(screen.getByRole('textbox', { name: 'Number of question 2' }), 'a');
    await userEvent.type(screen.getByRole('textbox', { name: 'Text of question 2' }), '!');
    expect(seen.numbers).toEqual(['2a']);
    expect(seen.texts).toEqual(['How many complaints were upheld in 2023?!']);
  });
});
