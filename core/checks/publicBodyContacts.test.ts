import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from './ruleHarness';
import type { Rule } from './rule';
import { namedGreeting } from './rules/namedGreeting';
import { phoneNumber } from './rules/phoneNumber';
import { postcode } from './rules/postcode';
import type { Organisation } from '../model';

// Issue 10: the regulators' and police forces' published contact details are boilerplate, not personal data.
const found = (rule: Rule, text: string, organisation?: Partial<Organisation>) =>
  runRule(rule, oneAnswer([text]), { purpose: 'publish', organisation }).map((f) => f.redaction?.find);

const ICO = "If you remain dissatisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113 or 01625 545745.";
const SIC = 'You may then apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. Telephone 01334 464610.';

describe('public bodies\' contact details', () => {
  it('does not take the ICO\'s address or helplines for personal data', () => {
    expect(found(postcode, ICO)).toEqual([]);
    expect(found(phoneNumber, ICO)).toEqual([]);
  });
  it('does not take the Scottish Information Commissioner\'s address or phone for personal data', () => {
    expect(found(postcode, SIC)).toEqual([]);
    expect(found(phoneNumber, SIC)).toEqual([]);
  });
  it('does not take a police force headquarters address for personal data', () => {
    expect(found(postcode, 'Please write to Kent Police, Sutton Road, Maidstone, Kent ME15 9BZ.')).toEqual([]);
    expect(found(postcode, 'The Police Service of Northern Ireland, 65 Knock Road, Belfast BT5 6LE, holds this.')).toEqual([]);
  });
  it('still reports the same postcode when nothing names the body: a neighbour of the ICO is a person', () => {
    expect(found(postcode, 'The complainant lives at SK9 5AF and walks to work.')).toEqual(['SK9 5AF']);
  });
  it('takes the organisation\'s own contact details from settings, phone numbers included', () => {
    const org = { address: 'Town Hall, Example Road, Northtown NT1 1AA', publicContacts: ['FOI team: 01632 960000', 'Northtown Community Safety Partnership, 2 Quay Street, Northtown NT2 2BB'] };
    expect(found(phoneNumber, 'Call our FOI team on 01632 960000; a resident gave 01632 960123.', org)).toEqual(['01632 960123']);
    expect(found(postcode, 'Write to the partnership at 2 Quay Street, Northtown NT2 2BB, or to us at NT1 1AA.', org)).toEqual([]);
  });
});

describe('senior staff named in an official capacity', () => {
  it('is a warning, never a block, when the name signs off with a senior title', () => {
    const f = runRule(namedGreeting, oneAnswer(['Yours sincerely,\nJane Doe\nChief Executive']), { purpose: 'publish' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', redaction: { find: 'Jane Doe' } });
    expect(f[0]?.message).toMatch(/official capacity/);
  });
  it('still blocks a junior officer\'s name in the log', () => {
    expect(runRule(namedGreeting, oneAnswer(['Kind regards,\nSam Smith\nFOI Officer']), { purpose: 'publish' })[0]?.severity).toBe('error');
  });
});
