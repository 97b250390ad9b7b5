import { describe, expect, it } from 'vitest';
import { applyOverrides, blockingFindings } from './applyOverrides';
import type { Finding } from './finding';

const f = (ruleId: string, answerId?: string, questionNumber?: string): Finding => ({ ruleId, severity: 'error', caseRef: 'C1', message: 'm', answerId, questionNumber });

describe('applyOverrides', () => {
  const findings = [f('placeholder-text', 'a1', '1'), f('placeholder-text', 'a2', '2'), f('late-response')];
  it('marks only the findings the override names, with its reason', () => {
    const out = applyOverrides(findings, [{ ruleId: 'placeholder-text', answerId: 'a2', reason: '"XX" is the product name' }]);
    expect(out.map((x) => x.override?.reason)).toEqual([undefined, '"XX" is the product name', undefined]);
    expect(blockingFindings(out)).toHaveLength(2);
  });
  it('covers the whole case when the override names no answer or question', () => {
    expect(blockingFindings(applyOverrides(findings, [{ ruleId: 'placeholder-text', reason: 'agreed with the lawyer' }])).map((x) => x.ruleId)).toEqual(['late-response']);
  });
  it('matches by question number too, and leaves the input alone', () => {
    const out = applyOverrides(findings, [{ ruleId: 'placeholder-text', questionNumber: '1', reason: 'ok' }]);
    expect(out[0]?.override).toEqual({ reason: 'ok' });
    expect(findings[0]?.override).toBeUndefined();
  });
});
