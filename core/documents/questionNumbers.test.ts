import { describe, expect, it } from 'vitest';
import { compactNumber, coversLabel, printedLabel } from './questionNumbers';

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

describe('printedLabel', () => {
  const q = (number: string, label = '') => ({ number, label });
  const rows = (...numbers: string[]) => new Set(numbers);

  it('keeps the requester\'s own label when the parent number has a row above it', () => {
    expect(printedLabel(q('1.a', 'a)'), rows('1', '1.a'))).toEqual({ label: 'a)', fullNumber: false });
    expect(printedLabel(q('2.b'), rows('2', '2.b'))).toEqual({ label: 'b.', fullNumber: false });
  });

  it('prints the full number when no row holds the parent number, so 1.a and 2.a never both read "a."', () => {
    const present = rows('1.a', '2.a');
    expect(printedLabel(q('1.a', 'a)'), present)).toEqual({ label: '1a.', fullNumber: true });
    expect(printedLabel(q('2.a', 'a.'), present)).toEqual({ label: '2a.', fullNumber: true });
    expect(printedLabel(q('2.a.ii', 'ii)'), rows('2.a', '2.a.ii'))).toEqual({ label: 'ii)', fullNumber: false });
    expect(printedLabel(q('2.a.ii', 'ii)'), rows('2.a.ii'))).toEqual({ label: '2a.ii.', fullNumber: true });
  });

  it('leaves top-level questions as written', () => {
    expect(printedLabel(q('3', 'Q3:'), rows('3'))).toEqual({ label: 'Q3:', fullNumber: false });
    expect(printedLabel(q('3'), rows('3'))).toEqual({ label: '3.', fullNumber: false });
  });
});
