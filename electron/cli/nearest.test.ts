import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest';

describe('editDistance', () => {
  it.each([
    ['received', 'received', 0],
    ['recieved', 'received', 1], // two neighbours swapped: one slip, not two
    ['recived', 'received', 1],
    ['reeceived', 'received', 1],
    ['exprot', 'export', 1],
    ['lettr', 'letter', 1],
    ['', 'db', 2],
    ['month', 'out', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('nearest', () => {
  const options = ['received', 'regime', 'days', 'holiday', 'help'];
  it('finds the option a typist meant', () => {
    expect(nearest('recieved', options)).toBe('received');
    expect(nearest('Regim', options)).toBe('regime');
    expect(nearest('holidays', options)).toBe('holiday');
  });

  it('suggests nothing when nothing is close', () => {
    expect(nearest('x', options)).toBeUndefined();
    expect(nearest('chromium', options)).toBeUndefined();
    expect(nearest('frobnicate', ['deadline', 'import', 'export', 'split', 'clauses', 'check'])).toBeUndefined();
  });
});
