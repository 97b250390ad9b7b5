import { describe, expect, it } from 'vitest';
import { RULE_IDS } from './rules';
import { PUBLICATION_RULE_IDS, publicationBlockers } from './publicationGate';
import type { Finding } from './finding';

const f = (ruleId: string, extra: Partial<Finding> = {}): Finding => ({ ruleId, severity: 'error', caseRef: 'X', message: 'm', ...extra });

describe('publication gate', () => {
  it('names only rules that exist', () => {
    for (const id of PUBLICATION_RULE_IDS) expect(RULE_IDS).toContain(id);
  });

  it('blocks on personal data and unfinished text, not on letter defects or overridden findings', () => {
    const out = publicationBlockers([
      f('email-address'),
      f('public-interest-test-missing'),
      f('placeholder-text', { override: { reason: 'TBC is the name of a product' } }),
      f('postcode', { severity: 'warning' }),
    ]);
    expect(out.map((x) => x.ruleId)).toEqual(['email-address']);
  });
});
