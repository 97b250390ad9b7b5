import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from './dates';
import { CaseSchema } from './case';
import { caseReferenceSchema } from './reference';

describe('IsoDateSchema', () => {
  it('refuses a year the deadline engine cannot count, such as the typo 2204', () => {
    const r = IsoDateSchema.safeParse('2204-06-03');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.message).toMatch(/outside the years this tool can count \(1900 to 2199\)/);
    expect(IsoDateSchema.safeParse('0002-06-03').success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-06-03').success).toBe(true);
  });

  it('still refuses dates that do not exist', () => {
    expect(IsoDateSchema.safeParse('2024-02-30').success).toBe(false);
  });
});

describe('case references', () => {
  const ref = caseReferenceSchema('give the case a reference');
  it('accepts the forms public bodies use', () => {
    for (const r of ['5024007', 'FOI-2024-0123', 'FOI/24/123', 'IR 2024.01', 'EIR_24_(2)', 'Cais#12:3']) expect(ref.safeParse(r).success, r).toBe(true);
  });
  it('refuses markup, quotes, backslashes and control characters', () => {
    for (const r of ['</style><script>', 'A"B', 'A\\B', 'A\u001b[31mB', 'A&B', '-rf', '']) expect(ref.safeParse(r).success, JSON.stringify(r)).toBe(false);
  });
  it('is enforced on the case itself', () => {
    expect(CaseSchema.shape.ref.safeParse('x</style>').success).toBe(false);
  });
});
