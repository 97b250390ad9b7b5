import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClauseDetail } from '../../../core/api/clauseContract';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { loadLibrary } from './clauseLibraryStore';
import { SaveAsClauseDialog } from './SaveAsClauseDialog';

let desk: RealDesk | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
});

describe('Save as clause', () => {
  it('saves the selected words as an own clause with a blank made from a selected word', async () => {
    desk = realDesk();
    const user = userEvent.setup();
    const onSaved = vi.fn<(clause: ClauseDetail) => void>();
    render(
      <SaveAsClauseDialog
        desk={desk.desk}
        selectedText={'Northshire Police deploys camera vans every week.\n\nAsk us for the sites.'}
        regime="foia"
        context={{ org: { name: 'Northshire Police' } }}
        onSaved={onSaved}
        onClose={() => undefined}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Save as clause' });

    // Nothing given yet: the form says what is missing, in words.
    await user.click(within(dialog).getByRole('button', { name: 'Save clause' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Give the clause a title.');

    await user.type(within(dialog).getByLabelText('Title'), 'Camera van deployment');
    const wording = within(dialog).getByLabelText<HTMLTextAreaElement>('Wording');
    expect(wording.value).toBe('Northshire Police deploys camera vans every week.\n\nAsk us for the sites.');
    wording.focus();
    wording.setSelectionRange(0, 18); // "Northshire Police " as a double-click would take it
    await user.click(within(dialog).getByRole('button', { name: 'Make this a blank' }));
    await user.type(within(dialog).getByLabelText('Question for “Northshire Police”'), 'The name of the police force{Enter}');
    expect(wording.value).toBe('{{name_of_the_police_force}} deploys camera vans every week.\n\nAsk us for the sites.');
    expect(within(dialog).getByRole('region', { name: 'Preview' }).querySelector('mark.clause-gap')?.textContent).toBe('[name of the police force]');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Question for [name of the police force]').value).toBe('The name of the police force');
    await user.click(within(dialog).getByRole('checkbox', { name: 'EIR' }));

    await user.click(within(dialog).getByRole('button', { name: 'Save clause' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const saved = await desk.desk.getClause({ id: 'camera-van-deployment' });
    expect(saved).toMatchObject({
      source: 'local',
      title: 'Camera van deployment',
      kind: 'standard',
      regimes: ['foia', 'eir'],
      version: 1,
      variables: [{ name: 'name_of_the_police_force', prompt: 'The name of the police force', type: 'text' }],
      body: '{{name_of_the_police_force}} deploys camera vans every week.\n\nAsk us for the sites.',
    });
    // The palette's library already holds it.
    expect((await loadLibrary(desk.desk)).byId.get('camera-van-deployment')?.title).toBe('Camera van deployment');
  });

  it('never overwrites a clause with the same title: the new one gets an id of its own', async () => {
    desk = realDesk();
    const user = userEvent.setup();
    const onSaved = vi.fn<(clause: ClauseDetail) => void>();
    render(<SaveAsClauseDialog desk={desk.desk} selectedText="We hold no information." regime="foisa" context={{ org: {} }} onSaved={onSaved} onClose={() => undefined} />);
    // A shipped clause's id, typed as a title: the ids in use come from the library.
    await user.type(screen.getByLabelText('Title'), 'Closing reuse');
    await waitFor(() => expect(screen.getByText('What officers will type to find it in the palette. Saved as “closing-reuse-2”.')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Save clause' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: 'closing-reuse-2', regimes: ['foisa'], variables: [] });
    expect((await desk.desk.getClause({ id: 'closing-reuse' })).source).toBe('shipped');
  });
});
