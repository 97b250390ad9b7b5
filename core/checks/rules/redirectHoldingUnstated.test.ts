import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { redirectHoldingUnstated } from './redirectHoldingUnstated';

const toKent = { clause: 'redirect-police-force', title: 'Redirect: ask a police force', kind: 'redirect', text: 'This information may be held by Kent Police. You would need to make your request to the force directly.', values: { force: 'Kent Police' } };
const notHeld = { clause: 'foia-not-held', title: 'Information not held', kind: 'not-held', section: '1(1)(a)', text: 'We can confirm that we do not hold this information.' };

describe('redirect-holding-unstated', () => {
  it('reports an answer that only redirects, under s1(1)(a) for FOIA', () => {
    const [f, ...rest] = runRule(redirectHoldingUnstated, oneAnswer([toKent], { disposition: 'redirected', redirectTo: 'Kent Police' }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', questionNumber: '1', answerId: 'a1' });
    expect(f?.message).toContain('points the requester to Kent Police');
    expect(f?.message).toContain('Section 1(1)(a) of FOIA');
    expect(f?.message).toContain('"Information not held"');
  });

  it('reports a redirect written as free text and marked Redirected', () => {
    expect(runRule(redirectHoldingUnstated, oneAnswer(['Please contact Kent Police, who may hold this.'], { disposition: 'redirected' }))).toHaveLength(1);
  });

  it('uses each regime\'s own provision', () => {
    const msg = (regime: 'eir' | 'foisa' | 'eisr') => runRule(redirectHoldingUnstated, oneAnswer([toKent], { disposition: 'redirected' }, { regime }))[0]?.message ?? '';
    expect(msg('eir')).toMatch(/regulation 12\(4\)\(a\)/);
    expect(msg('eir')).not.toMatch(/1\(1\)\(a\)/);
    expect(msg('foisa')).toMatch(/Section 17\(1\) of FOISA/);
    expect(msg('eisr')).toMatch(/regulation 10\(4\)\(a\)/);
  });

  it('is quiet when the answer says whether we hold it, by clause or in words', () => {
    expect(runRule(redirectHoldingUnstated, oneAnswer([notHeld, toKent], { disposition: 'redirected' }))).toEqual([]);
    expect(runRule(redirectHoldingUnstated, oneAnswer(['We do not hold this information.', toKent], { disposition: 'redirected' }))).toEqual([]);
    expect(runRule(redirectHoldingUnstated, oneAnswer(['The council does not hold this.', toKent], { disposition: 'redirected' }))).toEqual([]);
  });

  it('is quiet on answers that do not redirect, and on an empty one', () => {
    expect(runRule(redirectHoldingUnstated, oneAnswer(['We spent £12,000.']))).toEqual([]);
    expect(runRule(redirectHoldingUnstated, oneAnswer([''], { disposition: 'redirected' }))).toEqual([]);
  });
});
