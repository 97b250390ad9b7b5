import { describe, expect, it } from 'vitest';
import { findPdfFonts } from './pdfFonts';
import { TrueTypeFont } from './trueType';
import { hangingIndentEm } from '../../../core/documents/hangingIndent';

const fonts = findPdfFonts({});

describe('reading a TrueType font', () => {
  const regular = TrueTypeFont.fromFile(fonts.regular);
  const bold = TrueTypeFont.fromFile(fonts.bold);
  const width = (font: TrueTypeFont, text: string) => [...text].reduce((w, ch) => w + font.advance(font.glyph(ch.codePointAt(0)!)), 0);

  it("has Arial's advance widths, so the PDF wraps as Word and the preview do", () => {
    expect(Math.round(width(regular, ' '))).toBe(278);
    expect(Math.round(width(regular, 'A'))).toBe(667);
    expect(Math.round(width(bold, 'm'))).toBe(889);
    // The label widths core/documents/hangingIndent.ts works out from its own table of bold Arial.
    expect(Math.round(width(bold, '12a. ')) / 1000).toBeCloseTo(hangingIndentEm('12a.'), 2);
  });

  it('finds glyphs through the character map, and 0 for a character it lacks', () => {
    for (const ch of 'aZ£€–’•') expect(regular.glyph(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(regular.glyph(0x1f600)).toBe(0);
    expect(regular.postScriptName).toMatch(/^(LiberationSans|ArialMT|Arimo)/);
    expect(regular.ascent).toBeGreaterThan(0);
    expect(regular.descent).toBeLessThan(0);
  });

  it('subsets to the glyphs used and the parts they are built from, keeping every id', () => {
    const used = [...'Hé'].map((ch) => regular.glyph(ch.codePointAt(0)!));
    const subset = new TrueTypeFont(regular.subset(used));
    // The subset reads back as a font, with the same ids and widths for what it kept.
    for (const id of used) expect(subset.advance(id)).toBe(regular.advance(id));
    const kept = (f: TrueTypeFont, id: number) => (f as unknown as { glyphRange(id: number): [number, number] }).glyphRange(id);
    for (const id of used) {
      const [from, to] = kept(subset, id);
      expect(to - from, `glyph ${id}`).toBeGreaterThan(0);
    }
    // "é" is drawn from "e" and an accent: both come along, though neither was asked for.
    const parts = (regular as unknown as { components(id: number): number[] }).components(regular.glyph('é'.codePointAt(0)!));
    expect(parts.length).toBe(2);
    for (const id of parts) expect(kept(subset, id)[1] - kept(subset, id)[0], `part ${id}`).toBeGreaterThan(0);
    // A glyph not asked for is empty; the subset is a small part of the font.
    const x = regular.glyph('x'.codePointAt(0)!);
    expect(kept(subset, x)[1] - kept(subset, x)[0]).toBe(0);
    expect(regular.subset(used).length).toBeLessThan(regular.bytes.length / 4);
  });

  it("writes the subset's own head (long loca offsets, the file's checksum) and leaves the font it came from as it was", () => {
    const font = TrueTypeFont.fromFile(fonts.regular);
    const before = Buffer.from(font.bytes).toString('base64');
    const subset = font.subset([font.glyph(65)]);
    expect(Buffer.from(font.bytes).toString('base64')).toBe(before);
    const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
    let sum = 0;
    for (let i = 0; i + 4 <= subset.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum.toString(16)).toBe('b1b0afba');
    const reread = new TrueTypeFont(subset);
    expect((reread as unknown as { longLoca: boolean }).longLoca).toBe(true);
  });

  it('refuses a file that is not a TrueType font with outlines', () => {
    expect(() => new TrueTypeFont(new Uint8Array(64))).toThrow(/not a TrueType font/);
  });
});
