import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { extensionInvalid } from './extensionInvalid';

describe('extension-invalid', () => {
  it('reports a public interest extension beyond 20 working days', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { clock: { publicInterestExtensionDays: 25 } }))[0]?.message).toMatch(/25 working days is too long/);
  });
  it('reports a public interest extension under FOISA', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { regime: 'foisa', clock: { publicInterestExtensionDays: 5 } }))).toHaveLength(1);
  });
  it('accepts 20 further days under FOIA and the complex extension under the EIR', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { clock: { publicInterestExtensionDays: 20 } }))).toEqual([]);
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { regime: 'eir', clock: { complexExtension: true } }))).toEqual([]);
  });
});
