import { describe, expect, it } from 'vitest';
import { salutationFor } from './letterDefaults';

// Issue 14: a request through WhatDoTheyKnow often carries a pseudonym written like a name.
describe('the salutation for a WhatDoTheyKnow request', () => {
  it.each([
    ['Concerned Resident', 'Dear requester'],
    ['Local Taxpayer', 'Dear requester'],
    ['watchful resident', 'Dear requester'],
    ['Transparency Campaigner', 'Dear requester'],
    ['watchful_resident', 'Dear requester'],
    ['Harriet Quill', 'Dear Harriet Quill'],
    ['Mr T. Okafor', 'Dear Mr Okafor'],
  ])('%j → %s', (name, expected) => expect(salutationFor({ name }, 'whatdotheyknow')).toBe(expected));

  it('leaves names that came by other channels as they were', () => {
    expect(salutationFor({ name: 'Concerned Resident' })).toBe('Dear Concerned Resident');
    expect(salutationFor({ name: 'Concerned Resident' }, 'email')).toBe('Dear Concerned Resident');
  });
});
