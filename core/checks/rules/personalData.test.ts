import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import type { Rule } from '../rule';
import { dateOfBirth } from './dateOfBirth';
import { emailAddress } from './emailAddress';
import { namedGreeting } from './namedGreeting';
import { niNumber } from './niNumber';
import { phoneNumber } from './phoneNumber';
import { postcode } from './postcode';
import { vehicleRegistration } from './vehicleRegistration';

// The pattern rules share one factory (personalDataRule); each has its finds and its false alarms here.
const found = (rule: Rule, text: string) => runRule(rule, oneAnswer([text]), { purpose: 'publish' }).map((f) => f.redaction?.find);

describe('personal data patterns', () => {
  it('email-address: any but the organisation\'s own', () => {
    expect(found(emailAddress, 'Write to foi@exampleshire.gov.uk or to jane.doe@exampleshire.gov.uk.')).toEqual(['jane.doe@exampleshire.gov.uk']);
    expect(found(emailAddress, 'Write to FOI@Exampleshire.gov.uk.')).toEqual([]);
  });
  it('phone-number: UK landlines and mobiles, not refs, years, money or helplines', () => {
    expect(found(phoneNumber, 'Call 07700 900123, 020 7946 0958 or +44 1632 960123.')).toEqual(['07700 900123', '020 7946 0958', '+44 1632 960123']);
    expect(found(phoneNumber, 'Case 5024007 in 2023 cost £1,250,000; our helpline is 0300 020 0096.')).toEqual([]);
  });
  it('postcode: not the organisation\'s own', () => {
    expect(found(postcode, 'She lives at SW1A 2AA; our office is EX1 1AA.')).toEqual(['SW1A 2AA']);
  });
  it('ni-number', () => {
    expect(found(niNumber, 'NI number JK 12 34 56 C and AB123456D.')).toEqual(['JK 12 34 56 C', 'AB123456D']);
    expect(found(niNumber, 'Form GB123456A.')).toEqual([]);
  });
  it('date-of-birth: only with a date', () => {
    expect(found(dateOfBirth, 'DOB: 03/04/1980. He was born on 3 April 1980.')).toEqual(['03/04/1980', '3 April 1980']);
    expect(found(dateOfBirth, 'We do not record date of birth. The scheme began on 1 April 2013.')).toEqual([]);
  });
  it('vehicle-registration: current format only', () => {
    expect(found(vehicleRegistration, 'The van AB12 CDE and the car BD51SMR.')).toEqual(['AB12 CDE', 'BD51SMR']);
    expect(found(vehicleRegistration, 'Form AB10 and grid ref SU 123 456, code AB99 XYZ.')).toEqual([]);
  });
  it('named-greeting: a name, not "Sir or Madam" or the team', () => {
    expect(found(namedGreeting, 'Dear Mr Smith,\nThank you.\nKind regards,\nJane Doe')).toEqual(['Mr Smith', 'Jane Doe']);
    expect(found(namedGreeting, 'Dear Sir or Madam,\nKind regards,\nFOI Team')).toEqual([]);
    expect(found(namedGreeting, 'Kind regards, Jane')).toEqual(['Jane']);
  });
});
