import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../core/deadlines/isoDate';
import { DateField } from './DateField';

/** A field whose commits are recorded and kept, as a form or the clock panel would; `fail` refuses them. */
function Harness({ initial = null, required = false, commits, fail }: { initial?: IsoDate | null; required?: boolean; commits: (IsoDate | null)[]; fail?: string }) {
  const [value, setValue] = useState<IsoDate | null>(initial);
  return (
    <DateField
      id="d"
      label="Date sent"
      value={value}
      required={required}
      onCommit={async (date) => {
        commits.push(date);
        if (fail) throw new Error(fail);
        setValue(date);
      }}
    />
  );
}

const field = () => screen.getByLabelText('Date sent') as HTMLInputElement;
const type = (text: string) => {
  for (let i = 1; i <= text.length; i++) fireEvent.change(field(), { target: { value: text.slice(0, i) } });
};
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('DateField', () => {
  it('shows the stored date the UK way and saves a typed one once, on Enter, as ISO', async () => {
    const commits: (IsoDate | null)[] = [];
    render(<Harness initial="2025-01-06" commits={commits} />);
    expect(field().value).toBe('6 January 2025');
    fireEvent.change(field(), { target: { value: '' } });
    type('3/6/24');
    expect(commits).toEqual([]);
    fireEvent.keyDown(field(), { key: 'Enter' });
    fireEvent.blur(field());
    await waitFor(() => expect(field().value).toBe('3 June 2024'));
    expect(commits).toEqual(['2024-06-03']);
  });

  it('saves on leaving the field, and not at all when nothing changed', async () => {
    const commits: (IsoDate | null)[] = [];
    render(<Harness initial="2024-06-03" commits={commits} />);
    fireEvent.blur(field());
    fireEvent.change(field(), { target: { value: '03/06/2024' } });
    fireEvent.blur(field());
    expect(commits).toEqual([]);
    fireEvent.change(field(), { target: { value: '4 June 2024' } });
    fireEvent.blur(field());
    await waitFor(() => expect(commits).toEqual(['2024-06-04']));
  });

  it('shows an impossible date at the field in words, keeps the text, and Escape puts the stored date back', async () => {
    const commits: (IsoDate | null)[] = [];
    render(<Harness initial="2024-06-03" commits={commits} />);
    fireEvent.change(field(), { target: { value: '31/02/2024' } });
    fireEvent.blur(field());
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field())).toMatch(/^31\/02\/2024 is not a date: February 2024 has 29 days\./);
    expect(screen.getByRole('alert').textContent).toMatch(/31\/02\/2024 is not a date/);
    expect(field().value).toBe('31/02/2024');
    expect(field().validationMessage || field().validity.customError).toBeTruthy();
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('3 June 2024');
    expect(field().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(commits).toEqual([]);
  });

  it('clears an optional date, and refuses to clear a required one', async () => {
    const optional: (IsoDate | null)[] = [];
    const view = render(<Harness initial="2024-06-03" commits={optional} />);
    fireEvent.change(field(), { target: { value: '' } });
    fireEvent.blur(field());
    await waitFor(() => expect(optional).toEqual([null]));
    view.unmount();

    const required: (IsoDate | null)[] = [];
    render(<Harness initial="2024-06-03" required commits={required} />);
    fireEvent.change(field(), { target: { value: ' ' } });
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe('Date sent is needed. Type the date as day/month/year, for example 3/6/2024.');
    expect(required).toEqual([]);
  });

  it('shows a refusal from the service with the field\'s label, never its internal path', async () => {
    const commits: (IsoDate | null)[] = [];
    render(<Harness commits={commits} fail="patch.sent: is outside the years this tool can count (1900 to 2199): check the year" />);
    fireEvent.change(field(), { target: { value: '3/6/2024' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Date sent is outside the years this tool can count (1900 to 2199): check the year'));
    expect(document.body.textContent).not.toContain('patch.');
    expect(field().value).toBe('3/6/2024');
  });

  it('takes Enter for itself, so the form around it is not submitted with the date half saved', () => {
    render(<Harness commits={[]} />);
    fireEvent.change(field(), { target: { value: '3/6/2024' } });
    // fireEvent answers false when the handler called preventDefault, which stops the browser's implicit submit.
    expect(fireEvent.keyDown(field(), { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(field(), { key: 'a' })).toBe(true);
  });

  it('picks a day from a keyboard-driven calendar, Monday first, and closes on Escape', async () => {
    const commits: (IsoDate | null)[] = [];
    render(<Harness initial="2024-06-03" commits={commits} />);
    const button = screen.getByRole('button', { name: 'Choose from a calendar' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Choose a date: June 2024' });
    expect([...dialog.querySelectorAll('th')].map((th) => th.textContent).join(' ')).toBe('Mo Tu We Th Fr Sa Su');
    // June 2024 starts on a Saturday: five blanks before it.
    expect(dialog.querySelectorAll('tbody tr:first-child td:not(:has(button))')).toHaveLength(5);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Monday 3 June 2024, chosen');

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Wednesday 10 July 2024'));
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Choose a date: July 2024');
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(field().value).toBe('10 July 2024'));
    expect(commits).toEqual(['2024-07-10']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);

    fireEvent.click(button);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(commits).toEqual(['2024-07-10']);
  });

  it('moves a month from 31 January to the last day of February', async () => {
    render(<Harness initial="2024-01-31" commits={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose from a calendar' }));
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Thursday 29 February 2024'));
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Choose a date: March 2024');
  });
});
