import { describe, expect, it } from 'vitest';
import { changeNote } from './changeNote';

describe('changeNote', () => {
  it('says nothing of the window\'s own saves', () => {
    expect(changeNote([{ caseId: 'c1', kind: 'answer', ref: '24-001', own: true }])).toBeNull();
    expect(changeNote([])).toBeNull();
  });

  it('names who changed which case, where the workspace knows', () => {
    expect(changeNote([{ caseId: 'c1', kind: 'answer', ref: '24-001', by: 'Jo Bloggs', own: false }, { caseId: 'c1', kind: 'case', ref: '24-001', by: 'Jo Bloggs', own: false }])).toBe(
      'Updated: Jo Bloggs changed case 24-001.',
    );
    expect(changeNote([{ caseId: 'c1', kind: 'case', ref: '24-001', own: false }])).toBe('Updated: case 24-001 was changed elsewhere.');
    expect(changeNote([{ caseId: 'gone', kind: 'case', own: false }])).toBe('Updated: a case was changed elsewhere.');
  });

  it('counts several cases, and sums up a flood', () => {
    expect(changeNote([{ caseId: 'c1', kind: 'case', by: 'Sam', own: false }, { caseId: 'c2', kind: 'case', by: 'Sam', own: false }])).toBe('Updated: Sam changed 2 cases.');
    expect(changeNote([{ caseId: 'c1', kind: 'case', own: false }, { caseId: 'c2', kind: 'case', own: false }, { caseId: 'c3', kind: 'case', own: true }])).toBe('Updated: 2 cases were changed elsewhere.');
    expect(changeNote([{ caseId: null, kind: 'many', own: false }])).toBe('Updated: many cases were changed elsewhere. The list is up to date.');
  });
});
