import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { redirectDisposition } from './redirectDisposition';

const toKent = { clause: 'redirect-police-force', title: 'Redirect: ask a police force', kind: 'redirect', text: 'This information may be held by Kent Police.', values: { force: 'Kent Police' } };

describe('redirect-disposition', () => {
  it('offers to mark an answer that only redirects as Redirected, to the force in the clause', () => {
    const [f] = runRule(redirectDisposition, oneAnswer([toKent]));
    expect(f).toMatchObject({ severity: 'warning', answerId: 'a1' });
    expect(f?.fix).toEqual({ kind: 'set-disposition', answerId: 'a1', disposition: 'redirected', redirectTo: 'Kent Police', label: 'Mark as Redirected' });
  });

  it('offers to fill an empty "Redirected to" from the clause', () => {
    const [f] = runRule(redirectDisposition, oneAnswer([toKent], { disposition: 'redirected' }));
    expect(f?.fix).toMatchObject({ disposition: 'redirected', redirectTo: 'Kent Police', label: 'Fill in "Kent Police"' });
  });

  it('is quiet when outcome and clause agree, or the answer gives information besides the redirect', () => {
    expect(runRule(redirectDisposition, oneAnswer([toKent], { disposition: 'redirected', redirectTo: 'Kent Police' }))).toEqual([]);
    expect(runRule(redirectDisposition, oneAnswer(['We hold 12 reports for 2023.', toKent]))).toEqual([]);
    expect(runRule(redirectDisposition, oneAnswer(['We hold 12 reports.']))).toEqual([]);
  });
});
