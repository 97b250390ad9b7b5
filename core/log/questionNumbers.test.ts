import { describe, expect, it } from 'vitest';
import { compactNumber, coversLabel } from './questionNumbers';

describe('compactNumber', () => {
  it.each([
    ['1.g', '1g'],
    ['3', '3'],
    ['1.2', '1.2'],
    ['2.a.ii', '2a.ii'],
  ])('%s -> %s', (n, out) => expect(compactNumber(n)).toBe(out));
});

describe('coversLabel', () => {
  const all = ['1', '1.a', '1.b', '1.g', '2', '2.a', '2.b', '2.c', '3', '3.a', '3.b', '3.c'];

  it('writes the published style: single questions and ranges of neighbours', () => {
    expect(coversLabel(['1.g', '2.a', '2.b', '2.c', '3.a', '3.b'], all)).toBe('1g, 2a–c, 3a–b');
  });

  it('keeps a gap the request has', () => {
    expect(coversLabel(['1.a', '1.g'], all)).toBe('1a, 1g');
    expect(coversLabel(['3.a', '3.c'], all)).toBe('3a, 3c');
  });

  it('ranges top-level numbers and ignores the order it was given', () => {
    expect(coversLabel(['3', '1', '2'], ['1', '2', '3', '4'])).toBe('1–3');
  });
});
