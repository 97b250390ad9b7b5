import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { extensionInvalid } from './extensionInvalid';

describe('extension-invalid', () => {
  it('reports a public interest extension beyond 20 working days', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { clock: { publicInterestExtensionDays: 25 } }))[0]?.message).toMatch(/25 working days is longer than the Information Commissioner normally expects/);
  });
  it('reports a public interest extension under FOISA', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { regime: 'foisa', clock: { publicInterestExtensionDays: 5 } }))).toHaveLength(1);
  });
  it('accepts 20 further days under FOIA and the complex extension under the EIR', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { clock: { publicInterestExtensionDays: 20 } }))).toEqual([]);
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { regime: 'eir', clock: { complexExtension: true } }))).toEqual([]);
  });
});

describe('extension-invalid: s10(3) says "reasonable" (issue 10)', () => {
  it('warns, and does not block, when a FOIA public interest extension passes 20 working days', () => {
    const f = runRule(extensionInvalid, oneAnswer(['x'], {}, { clock: { publicInterestExtensionDays: 25 } }));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toMatch(/reasonable/);
  });
  it('keeps a FOISA public interest extension an error: FOISA has none', () => {
    expect(runRule(extensionInvalid, oneAnswer(['x'], {}, { regime: 'foisa', clock: { publicInterestExtensionDays: 5 } }))[0]?.severity).toBe('error');
  });
});
