import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { refusalNoticeLate } from './refusalNoticeLate';

const refusal = ['Withheld under section 43(2) because disclosure would be likely to prejudice the supplier.'];

describe('refusal-notice-late', () => {
  it('warns when an extended refusal went out after day 20', () => {
    expect(runRule(refusalNoticeLate, oneAnswer(refusal, { disposition: 'exempt' }, { received: '2024-05-01', sent: '2024-06-10', clock: { publicInterestExtensionDays: 20 } }))).toMatchObject([{ severity: 'warning' }]);
  });
  it('is quiet by day 20, without an extension, or without an exemption', () => {
    expect(runRule(refusalNoticeLate, oneAnswer(refusal, {}, { received: '2024-05-01', sent: '2024-05-31', clock: { publicInterestExtensionDays: 20 } }))).toEqual([]);
    expect(runRule(refusalNoticeLate, oneAnswer(refusal, {}, { received: '2024-05-01', sent: '2024-06-10' }))).toEqual([]);
    expect(runRule(refusalNoticeLate, oneAnswer(['Here it is.'], {}, { received: '2024-05-01', sent: '2024-06-10', clock: { publicInterestExtensionDays: 20 } }))).toEqual([]);
  });
});
