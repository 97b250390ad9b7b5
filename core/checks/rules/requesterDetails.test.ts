import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { requesterDetails } from './requesterDetails';

const requester = { name: 'Jordan Example', email: 'jordan.example@example.com', address: '14 Acacia Avenue, Exampletown' };

describe('requester-details', () => {
  it('finds the full name, the surname, the email and an address line, each with a redaction', () => {
    const f = runRule(requesterDetails, oneAnswer(['As Jordan Example asked, we wrote to jordan.example@example.com. Mr Example lives at 14 Acacia Avenue.'], {}, { requester }), { purpose: 'publish' });
    expect(f.map((x) => x.excerpt)).toEqual(['Jordan Example', 'jordan.example@example.com', '14 Acacia Avenue', 'Example']);
    expect(f[0]).toMatchObject({ severity: 'error', redaction: { find: 'Jordan Example', replaceWith: '[redacted]' } });
  });
  it('is a warning in a letter, and checks the summary only for the log', () => {
    const spec = { ...oneAnswer(['Yes.'], {}, { requester }), summary: 'Jordan Example asked about potholes.' };
    expect(runRule(requesterDetails, spec)).toEqual([]);
    expect(runRule(requesterDetails, spec, { purpose: 'publish' })).toHaveLength(1);
    expect(runRule(requesterDetails, oneAnswer(['Dear Jordan Example'], {}, { requester }))[0]?.severity).toBe('warning');
  });
  it('does not take a lower-case surname or a short one for the name', () => {
    expect(runRule(requesterDetails, oneAnswer(['For example, the green spaces.'], {}, { requester: { name: 'Sam Green', email: '', address: '' } }))).toEqual([]);
    expect(runRule(requesterDetails, oneAnswer(['Li Wu was not mentioned; Wu is too short.'], {}, { requester: { name: 'Al Wu', email: '', address: '' } }))).toEqual([]);
  });
});
