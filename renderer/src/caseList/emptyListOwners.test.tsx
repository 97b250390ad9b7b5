import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { CaseFilter } from '../../../core/api/contract';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import type { TeamView } from '../team/teamView';
import { CaseList } from './CaseList';

// Issue 15. Seen: under "Mine", with every open case another officer's, the list said "No open
// cases." as if the workspace had none, and offered nothing.

let desk: RealDesk;
beforeEach(async () => {
  desk = realDesk();
  for (const ref of ['S-1', 'S-2', 'S-3', 'S-4']) {
    const c = await desk.desk.createCase({ ref, title: `Telephony ${ref}`, regime: 'foia', received: '2024-05-20' });
    await desk.desk.assignCase({ id: c.id, owner: 'sam.officer' });
  }
});
afterEach(() => desk.close());

it('says the cases belong to others under "Mine", and Show everyone\'s switches the view', async () => {
  const onTeam = vi.fn<(t: TeamView) => void>();
  const onFilter = vi.fn<(f: CaseFilter) => void>();
  render(
    <CaseList desk={desk.desk} cases={[]} limit={10} onShowMore={() => {}} filter="open" onFilter={onFilter} team="mine" onTeam={onTeam} search="" onSearch={() => {}} selectedId={null} onOpen={() => {}} onCasesChanged={() => {}} />,
  );
  expect(await screen.findByText('No open cases of yours.')).toBeTruthy();
  expect(await screen.findByText(/4 open cases belong to others/)).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: "Show everyone's" }));
  expect(onTeam).toHaveBeenCalledWith('everyone');
  expect(onFilter).not.toHaveBeenCalled();
});
