import { describe, expect, it } from 'vitest';
import { breakLines, type Fragment, type Measure, type Run } from './lineBreaking';

// One unit a character, so widths read as character counts.
const measure: Measure = (text) => text.length;
const plain = (text: string): Run => ({ text, face: 'regular' });
const textOf = (lines: Fragment[][]) => lines.map((l) => l.map((f) => f.text).join(''));

describe('breaking a paragraph into lines', () => {
  it('fills each line with the words that fit, keeping the space a line ends with so extracted text reads on', () => {
    const lines = breakLines([plain('the quick brown fox jumps over the lazy dog')], { first: 15, rest: 15 }, measure);
    expect(textOf(lines)).toEqual(['the quick brown ', 'fox jumps over ', 'the lazy dog']);
  });

  it('gives the first line its own width (a hanging indent makes it wider)', () => {
    expect(textOf(breakLines([plain('aaa bbb ccc ddd')], { first: 10, rest: 5 }, measure))).toEqual(['aaa bbb ', 'ccc ', 'ddd']);
  });

  it('collapses white space as HTML does: runs of spaces, tabs and newlines print as one space', () => {
    expect(textOf(breakLines([plain('  one \t two\n\nthree  ')], { first: 100, rest: 100 }, measure))).toEqual(['one two three ']);
  });

  it('keeps a word split between runs whole, and joins neighbouring text in one face into one fragment', () => {
    const runs: Run[] = [plain('see the '), { text: 'bold', face: 'bold' }, plain('ness of it')];
    const lines = breakLines(runs, { first: 14, rest: 14 }, measure);
    expect(textOf(lines)).toEqual(['see the ', 'boldness of it']);
    expect(lines[1]!.map((f) => [f.text, f.face, f.x])).toEqual([
      ['bold', 'bold', 0],
      ['ness of it', 'regular', 4],
    ]);
  });

  it('may wrap after a hyphen, as a browser wraps "well-|known"', () => {
    expect(textOf(breakLines([plain('a well-known fact')], { first: 8, rest: 8 }, measure))).toEqual(['a well-', 'known ', 'fact']);
  });

  it('breaks a word wider than the line (a long address) at a joint, losing no character', () => {
    const url = 'https://www.example.gov.uk/foi/disclosure-log/2024/may/entry';
    const lines = breakLines([plain(`see ${url} now`)], { first: 20, rest: 20 }, measure);
    expect(lines.every((l) => l.reduce((w, f) => w + f.width, 0) <= 21)).toBe(true);
    expect(textOf(lines).join('').replace(/ /g, '')).toBe(`see${url}now`);
    expect(textOf(lines)[1]).toMatch(/[/.]$/);
  });

  it('never breaks at a no-break space, and keeps it as written', () => {
    const lines = breakLines([plain('pay £\u00a0100 now')], { first: 6, rest: 6 }, measure);
    expect(textOf(lines)).toEqual(['pay ', '£\u00a0100 ', 'now']);
  });

  it('breaks a word of emoji between characters, never inside one', () => {
    // Each emoji is two UTF-16 units, so two units' room holds one, and three still only one.
    const lines = breakLines([plain('😀😀😀')], { first: 3, rest: 3 }, measure);
    expect(textOf(lines)).toEqual(['😀', '😀', '😀']);
  });

  it('breaks a pasted run of 5,000 characters with no space in linear time', () => {
    // Measured as a font is: character by character.
    const perCharacter: Measure = (text) => [...text].length;
    const start = performance.now();
    const lines = breakLines([plain('x'.repeat(5_000))], { first: 100, rest: 100 }, perCharacter);
    expect(lines).toHaveLength(50);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('starts a new line at a forced break (a space ends the line before, so the words stay apart), and an empty line for two in a row', () => {
    const runs: Run[] = [plain('first'), { lineBreak: true }, { lineBreak: true }, plain('third')];
    expect(textOf(breakLines(runs, { first: 50, rest: 50 }, measure))).toEqual(['first ', '', 'third']);
  });

  it('keeps a link as its own fragments, one per line it spans', () => {
    const link = { href: 'https://example.org' };
    const runs: Run[] = [plain('go to '), { text: 'the published statistics page', face: 'regular', link }, plain(' today')];
    const lines = breakLines(runs, { first: 16, rest: 16 }, measure);
    const linked = lines.flatMap((l) => l.filter((f) => f.link)).map((f) => f.text);
    expect(linked.join('')).toBe('the published statistics page');
    expect(linked.length).toBeGreaterThan(1);
  });

  it('writes an empty paragraph as one empty line', () => {
    expect(breakLines([], { first: 10, rest: 10 }, measure)).toEqual([[]]);
  });
});
