import { num, PdfFile, pdfName, ref, utf16Hex } from './pdfFile';
import type { TrueTypeFont } from './trueType';

/**
 * One TrueType font as a PDF font (Type0 over CIDFontType2, Identity-H): text is written as
 * character ids, only the glyphs used are embedded, and a ToUnicode map lets readers (screen readers,
 * search, copy and paste) turn the ids back into the text. An id is the glyph's own, except where two
 * characters share a glyph, or the font has none for a character (an emoji): such a character gets an
 * id of its own past the font's glyphs, drawn with the shared glyph or the missing-glyph box, so the
 * text read out of the PDF is still what was written.
 */
export class PdfFont {
  /** Character → the id it is written as. */
  private readonly idOf = new Map<string, string>();
  /** Id → the character it stands for (for ToUnicode) and the glyph it draws. */
  private readonly ids = new Map<number, { text: string; glyph: number }>();
  private nextExtraId: number;
  private readonly widthCache = new Map<string, number>();

  constructor(private readonly font: TrueTypeFont, readonly resourceName: string) {
    this.nextExtraId = font.glyphCount;
  }

  /** Width of `text` at 1pt, in points. */
  widthOf(text: string): number {
    let w = this.widthCache.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += this.font.advance(this.font.glyph(ch.codePointAt(0)!));
      w /= 1000;
      this.widthCache.set(text, w);
    }
    return w;
  }

  /** `text` as a hex string of character ids, for Tj; notes each as used. */
  encode(text: string): string {
    let hex = '<';
    for (const ch of text) hex += this.idOf.get(ch) ?? this.assign(ch);
    return `${hex}>`;
  }

  /** A month prints some 400,000 characters of a hundred kinds: each kind is looked up once. */
  private assign(ch: string): string {
    const glyph = this.font.glyph(ch.codePointAt(0)!);
    let id = glyph;
    // Ids stop at 0xFFFF (two bytes); past them a character shares its glyph's id after all.
    if ((glyph === 0 || this.ids.has(glyph)) && this.nextExtraId <= 0xffff) id = this.nextExtraId++;
    if (!this.ids.has(id)) this.ids.set(id, { text: ch, glyph });
    const hex = id.toString(16).padStart(4, '0');
    this.idOf.set(ch, hex);
    return hex;
  }

  get ascent(): number {
    return this.font.scale(this.font.ascent) / 1000;
  }
  get descent(): number {
    return this.font.scale(this.font.descent) / 1000;
  }

  /** True once some text has been written in it: a face never used is not embedded. */
  get isUsed(): boolean {
    return this.ids.size > 0;
  }

  /** Writes the font's objects; returns the Type0 font's number. */
  write(file: PdfFile, subsetTag: string): number {
    const f = this.font;
    const name = pdfName(`${subsetTag}+${f.postScriptName}`);
    const program = f.subset([...this.ids.values()].map((v) => v.glyph));
    const fontFile = file.stream(`/Length1 ${program.length}`, program);
    const flags = 32 | (f.italicAngle ? 64 : 0) | (f.bold ? 1 << 18 : 0); // nonsymbolic, italic, force bold
    const descriptor = file.put(
      `<< /Type /FontDescriptor /FontName ${name} /Flags ${flags} /FontBBox [${f.bbox.map((v) => num(f.scale(v))).join(' ')}] /ItalicAngle ${num(f.italicAngle)} ` +
        `/Ascent ${num(f.scale(f.ascent))} /Descent ${num(f.scale(f.descent))} /CapHeight ${num(f.scale(f.capHeight))} /StemV ${f.bold ? 120 : 80} /FontFile2 ${ref(fontFile)} >>`,
    );
    const ids = [...this.ids.keys()].sort((a, b) => a - b);
    const widths = ids.map((id) => `${id} [${num(f.advance(this.ids.get(id)!.glyph))}]`).join(' ');
    const cidFont = file.put(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
        `/FontDescriptor ${ref(descriptor)} /CIDToGIDMap ${this.idsToGlyphs(file)} /DW 1000 /W [${widths}] >>`,
    );
    const toUnicode = file.stream('', toUnicodeCMap(new Map([...this.ids].map(([id, v]) => [id, v.text]))));
    return file.put(`<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);
  }

  /** Identity while every id is its glyph's; else a map, two bytes an id, with the extra ids' glyphs. */
  private idsToGlyphs(file: PdfFile): string {
    if (this.nextExtraId === this.font.glyphCount) return '/Identity';
    const map = Buffer.alloc(2 * this.nextExtraId);
    for (let id = 0; id < this.font.glyphCount; id++) map.writeUInt16BE(id, 2 * id);
    for (const [id, { glyph }] of this.ids) if (id >= this.font.glyphCount) map.writeUInt16BE(glyph, 2 * id);
    return ref(file.stream('', map));
  }
}

/** The CMap that maps each id back to its text, in blocks of at most 100 as the format allows. */
function toUnicodeCMap(used: Map<number, string>): string {
  const entries = [...used.entries()].sort(([a], [b]) => a - b);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    body += `${block.length} beginbfchar\n${block.map(([id, text]) => `<${id.toString(16).padStart(4, '0')}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar\n`;
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}
