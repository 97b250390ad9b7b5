import { afterEach, describe, expect, it } from 'vitest';
import { failedWith, getDesk } from './desk';

afterEach(() => {
  delete window.deskBridge;
});

describe('getDesk', () => {
  it('builds the client on the host\'s names-only bridge, and failures keep their code', async () => {
    window.deskBridge = { invoke: async () => ({ ok: false, error: { code: 'case-missing', message: 'That case is no longer in this workspace.' } }) };
    const err = await getDesk()!.getCase({ id: 'gone' }).catch((e: unknown) => e);
    expect(failedWith(err, 'case-missing')).toBe(true);
    expect(failedWith(err, 'not-found')).toBe(false);
    // The words alone mean nothing: only the code is branched on.
    expect(failedWith(new Error('That case is no longer in this workspace.'), 'case-missing')).toBe(false);
  });

  it('is null when the window opened without a bridge', () => {
    expect(getDesk()).toBeNull();
  });
});
