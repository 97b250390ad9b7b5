import { describe, expect, it } from 'vitest';
import { CaseStatusSchema } from './case';
import { isCaseOpen, statusOnceDrafting, withSentDate } from './caseStatus';

describe('isCaseOpen', () => {
  it('is open until the case is sent or closed', () => {
    const open = CaseStatusSchema.options.filter((status) => isCaseOpen({ status }));
    expect(open).toEqual(['new', 'drafting', 'awaiting-information', 'in-review']);
  });
});

describe('withSentDate', () => {
  const today = '2025-03-14';

  it('records today as the date sent when a case without one is marked sent', () => {
    expect(withSentDate({ sent: null }, { status: 'sent' as const }, today)).toEqual({ status: 'sent', sent: '2025-03-14' });
  });

  it('keeps a date sent already recorded', () => {
    expect(withSentDate({ sent: '2025-03-10' }, { status: 'sent' as const }, today)).toEqual({ status: 'sent' });
  });

  it('keeps a date given in the same change, even a cleared one', () => {
    expect(withSentDate({ sent: null }, { status: 'sent' as const, sent: '2025-03-01' }, today)).toEqual({ status: 'sent', sent: '2025-03-01' });
    expect(withSentDate({ sent: null }, { status: 'sent' as const, sent: null }, today)).toEqual({ status: 'sent', sent: null });
  });

  it('leaves other status changes and other fields alone', () => {
    expect(withSentDate({ sent: null }, { status: 'closed' as const }, today)).toEqual({ status: 'closed' });
    expect(withSentDate({ sent: null }, { sent: null }, today)).toEqual({ sent: null });
  });
});

describe('statusOnceDrafting', () => {
  it('moves New to In progress once an answer has words, and nothing else', () => {
    expect(statusOnceDrafting('new', false)).toBe('new');
    expect(statusOnceDrafting('new', true)).toBe('drafting');
    expect(statusOnceDrafting('in-review', true)).toBe('in-review');
    expect(statusOnceDrafting('sent', true)).toBe('sent');
  });
});
