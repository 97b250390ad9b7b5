import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { emissionsException } from './emissionsException';

describe('emissions-exception (EIR reg 12(9), EISR reg 10(6))', () => {
  it('reports 12(5)(d) to (g) relied on for information on emissions', () => {
    const f = runRule(emissionsException, oneAnswer(['We withhold the stack emissions data under regulation 12(5)(e) because disclosure would adversely affect the operator\'s commercial interests.'], {}, { regime: 'eir' }));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/12\(9\)/);
  });
  it('reports 10(5)(f) under the EISR, reading the question too', () => {
    const spec = { ref: 'T', regime: 'eisr' as const, questions: [{ number: '1', text: 'Please send the discharge and emission monitoring results for the plant.' }], answers: [{ covers: ['1'], blocks: ['Withheld under regulation 10(5)(f) as the operator supplied them voluntarily and disclosure would prejudice substantially its interests.'] }] };
    expect(runRule(emissionsException, spec)[0]?.message).toMatch(/10\(6\)/);
  });
  it('leaves 12(5)(a) to (c) and information that is not on emissions alone', () => {
    expect(runRule(emissionsException, oneAnswer(['We withhold the emissions data under regulation 12(5)(a) because disclosure would adversely affect national security.'], {}, { regime: 'eir' }))).toEqual([]);
    expect(runRule(emissionsException, oneAnswer(['We withhold the contract rates under regulation 12(5)(e) because disclosure would adversely affect the supplier.'], {}, { regime: 'eir' }))).toEqual([]);
  });
});
