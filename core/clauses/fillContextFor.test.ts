import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../model';
import { caseDetailsOf, fillContextFor } from './fillContextFor';
import { fillClause } from './fillClause';

const c = CaseSchema.parse({
  id: 'c1',
  ref: 'FOI-2025-014',
  title: 'Speed cameras',
  regime: 'foia',
  received: '2025-03-14',
  requester: { name: 'A Person', email: 'a@example.org', address: '1 High Street' },
  createdAt: '2025-03-14T09:00:00Z',
  updatedAt: '2025-03-14T09:00:00Z',
});

describe('caseDetailsOf', () => {
  it('takes only the fields clauses may quote from a whole case, never the requester', () => {
    expect(caseDetailsOf(c)).toEqual({ ref: 'FOI-2025-014', received: '2025-03-14' });
  });

  it('fills case variables from a whole case passed to fillContextFor', () => {
    const filled = fillClause(
      { body: 'Your request {{case.ref}} of {{case.received}}.', variables: [] },
      {},
      fillContextFor({ name: 'Example Council' }, c),
    );
    expect(filled.text).toBe('Your request FOI-2025-014 of 14 March 2025.');
    expect(fillContextFor({ name: 'Example Council' }, c).case).toEqual({ ref: 'FOI-2025-014', received: '2025-03-14' });
  });
});
