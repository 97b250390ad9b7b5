import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION, emptyDoc, type Case } from '../../../core/model';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { QuestionsPanel } from './QuestionsPanel';

// The log prints every question word for word: personal data in one must be redactable in the window
// as an answer's is, and the redaction must reach the stored case (so the log and the bundle lose it).
const LEAK = 'fred.bloggs@contractor.co.uk';

let desk: RealDesk;
let c: Case;

beforeEach(async () => {
  desk = realDesk();
  const created = await desk.desk.createCase({
    ref: 'FOI-2024-031',
    title: 'Contractor visits',
    regime: 'foia',
    received: '2024-05-20',
    requester: { name: 'Jane Smith', email: 'jane@example.org', address: '' },
    requestText: '',
  });
  c = await desk.desk.updateCase({
    id: created.id,
    patch: {
      questions: [
        { id: 'q1', number: '1', label: '', text: `Did the contractor (${LEAK}) visit the site in March?`, heading: false },
        { id: 'q2', number: '2', label: '', text: 'How many visits were there in April?', heading: false },
      ],
    },
  });
  // Question 1 is answered: its finding must still show, under the question rather than the answer.
  await desk.desk.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: emptyDoc(), disposition: 'answered', exemptions: [], redirectTo: '' } });
  c = await desk.service.getCase({ id: c.id });
});
afterEach(() => desk.close());

function panel(current: Case) {
  return render(
    <QuestionsPanel desk={desk.desk} c={current} requestText="" onCaseChanged={() => undefined} checkContext={{ organisation: DEFAULT_ORGANISATION, extraHolidays: [] }} />,
  );
}

const questionItem = (id: string) => document.getElementById(`q-${id}`)!;

describe('redacting personal data in a question, against a real workspace', () => {
  it('reports the email in question 1 under the question, and one click redacts and stores it', async () => {
    const user = userEvent.setup();
    panel(c);
    const row = questionItem('q1');
    const redact = await within(row).findByRole('button', { name: 'Redact' }, { timeout: 3000 });
    expect(row.querySelector('.findings')!.textContent).toContain(LEAK);

    await user.click(redact);
    expect(row.querySelector('.q-text')!.textContent).toBe('Did the contractor ([redacted]) visit the site in March?');
    await waitFor(async () => expect((await desk.service.getCase({ id: c.id })).questions[0]!.text).not.toContain(LEAK), { timeout: 3000 });
    const stored = await desk.service.getCase({ id: c.id });
    expect(stored.questions.map((q) => q.text)).toEqual(['Did the contractor ([redacted]) visit the site in March?', 'How many visits were there in April?']);
    // The answer is untouched, and the finding goes once the checks run again.
    expect(stored.answers).toHaveLength(1);
    await waitFor(() => expect(within(row).queryByRole('button', { name: 'Redact' })).toBeNull(), { timeout: 3000 });
  });

  it('says nothing about question text when the case is not for the log: the letter goes to the requester', async () => {
    const kept = await desk.desk.updateCase({ id: c.id, patch: { publish: false } });
    panel(kept);
    // Let the live checks run (300 ms after the panel opens) before looking.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(within(questionItem('q1')).queryByRole('button', { name: 'Redact' })).toBeNull();
    expect(screen.getAllByText(/contractor/)[0]!.textContent).toContain(LEAK);
  });
});
