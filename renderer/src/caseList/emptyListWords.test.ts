import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { Case } from '../../../core/model';
import type { DeskService } from '../../../electron/services/deskService';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { emptyListWords } from './emptyListWords';

// Issue 15 with issue 11's "an empty list says which filter hides what". Seen: with "Mine" chosen and
// every open case another officer's, the list said only "No open cases." as if there were none.

// The real service (a SQLite file) counts; the words are the window's own.
let desk: RealDesk;
let service: DeskService;
/** The officer at the desk, as the service records them (the system's user name here). */
let me: string;
const ids: Record<string, string> = {};

beforeEach(async () => {
  desk = realDesk('2024-07-15');
  service = desk.service;
  me = service.whoAmI().name;
  // Four open cases of Sam's, one nobody has, one of the officer's own already sent, one of Sam's waiting for review.
  for (const [ref, owner] of [['A-1', 'sam.officer'], ['A-2', 'sam.officer'], ['A-3', 'sam.officer'], ['A-4', 'sam.officer'], ['U-1', null], ['J-1', 'me'], ['R-1', 'sam.officer']] as const) {
    const made = await dispatch(service, 'createCase', { ref, title: `Telephony ${ref}`, regime: 'foia', received: '2024-07-01' });
    if (!made.ok) throw new Error(made.error.message);
    const c = made.value as Case;
    ids[ref] = c.id;
    if (owner) await service.assignCase({ id: c.id, owner: owner === 'me' ? me : owner });
  }
  await service.updateCase({ id: ids['J-1']!, patch: { status: 'sent', sent: '2024-07-10' } });
  await service.updateCase({ id: ids['R-1']!, patch: { status: 'in-review' } });
});
afterEach(async () => {
  desk.close();
});

const words = async (filter: 'open' | 'all', search: string, team: 'mine' | 'unassigned' | 'for-review') => {
  const query = team === 'for-review' ? { forReview: true } : { owner: team };
  expect(await service.listCases({ filter, search, ...query }), 'the list this explains is empty').toEqual([]);
  const why = await service.explainEmptyList({ filter, search, ...query });
  const w = emptyListWords(filter, search, undefined, why, team);
  return [w.lead, ...w.hidden.map((h) => `${h.text}: ${h.label}`)];
};

describe('an empty list under a team view says what the view hides', () => {
  it('"Mine": the open cases of others and nobody\'s, and my own sent case, each with its button', async () => {
    expect(await service.explainEmptyList({ filter: 'open', search: '', owner: 'mine' })).toEqual({
      otherStatuses: [{ status: 'sent', count: 1 }],
      otherRegimes: [],
      inBin: 0,
      hiddenByTeam: { mine: 0, others: 5, unassigned: 1 },
    });
    expect((await words('open', '', 'mine'))).toEqual(['No open cases of yours.', "5 open cases belong to others and 1 is unassigned: Show everyone's", '1 sent case matches: Show all']);
  });

  it('the words of the issue: no cases of yours, 4 open cases belong to others', async () => {
    // Sam's four open cases left, the case in review sent, nobody's case binned, the officer's own sent case given up.
    await service.updateCase({ id: ids['R-1']!, patch: { status: 'sent', sent: '2024-07-12' } });
    await service.deleteCase({ id: ids['U-1']! });
    await service.assignCase({ id: ids['J-1']!, owner: null });
    expect((await words('open', '', 'mine'))).toEqual(['No open cases of yours.', "4 open cases belong to others: Show everyone's"]);
    expect((await words('all', '', 'mine'))).toEqual(['No cases of yours.', "5 cases belong to others and 1 is unassigned: Show everyone's"]);
  });

  // The officer's own sent case is not unassigned, nor waiting for review: no "Show all" would find it in these views.
  it('"Unassigned": the cases with an owner, mine among them', async () => {
    await service.assignCase({ id: ids['U-1']!, owner: me });
    expect((await words('open', '', 'unassigned'))).toEqual(['No open unassigned cases.', "6 open cases have owners (1 yours): Show everyone's"]);
  });

  it('"For review": the cases not waiting for review, and none once the one in review is signed off', async () => {
    expect((await service.listCases({ filter: 'open', search: '', forReview: true })).map((c) => c.ref)).toEqual(['R-1']);
    await service.approveCase({ id: ids['R-1']! });
    expect((await words('open', '', 'for-review'))).toEqual(['No open cases waiting for review.', "6 open cases are not waiting for review: Show everyone's"]);
  });

  it('a search under "Mine" counts every status, by whose the matching cases are', async () => {
    expect((await words('open', 'telephony A-', 'mine'))).toEqual(['No case of yours matches “telephony A-”.', "4 cases belong to others: Show everyone's"]);
  });

  it('with no team view says nothing of owners, as before', async () => {
    expect(await service.explainEmptyList({ filter: 'overdue', search: '' })).not.toHaveProperty('hiddenByTeam');
  });
});
