import { num, PdfFile, pdfName, ref } from './pdfFile';
import type { TrueTypeFont } from './trueType';

/**
 * One TrueType font as a PDF font (Type0 over CIDFontType2, Identity-H): text is written as the
 * font's glyph ids, only the glyphs used are embedded, and a ToUnicode map lets readers (screen
 * readers, search, copy and paste) turn the glyphs back into the text.
 */
export class PdfFont {
  /** Glyph id → the text it stands for; the first character met for a glyph wins. */
  private readonly used = new Map<number, string>();
  private readonly widthCache = new Map<string, number>();

  constructor(private readonly font: TrueTypeFont, readonly resourceName: string) {}

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

  /** `text` as a hex string of glyph ids, for Tj; notes each glyph as used. */
  encode(text: string): string {
    let hex = '<';
    for (const ch of text) {
      let glyph = this.hexOf.get(ch);
      if (glyph === undefined) {
        const id = this.font.glyph(ch.codePointAt(0)!);
        if (!this.used.has(id)) this.used.set(id, ch);
        glyph = id.toString(16).padStart(4, '0');
        this.hexOf.set(ch, glyph);
      }
      hex += glyph;
    }
    return `${hex}>`;
  }

  /** Each character's glyph id in hex, as written: a month prints some 400,000 characters of a hundred kinds. */
  private readonly hexOf = new Map<string, string>();

  get ascent(): number {
    return this.font.scale(this.font.ascent) / 1000;
  }
  get descent(): number {
    return this.font.scale(this.font.descent) / 1000;
  }

  /** True once some text has been written in it: a face never used is not embedded. */
  get isUsed(): boolean {
    return this.used.size > 0;
  }

  /** Writes the font's objects; returns the Type0 font's number. */
  write(file: PdfFile, subsetTag: string): number {
    const f = this.font;
    const name = pdfName(`${subsetTag}+${f.postScriptName}`);
    const program = f.subset(this.used.keys());
    const fontFile = file.stream(`/Length1 ${program.length}`, program);
    const flags = 32 | (f.italicAngle ? 64 : 0) | (f.bold ? 1 << 18 : 0); // nonsymbolic, italic, force bold
    const descriptor = file.put(
      `<< /Type /FontDescriptor /FontName ${name} /Flags ${flags} /FontBBox [${f.bbox.map((v) => num(f.scale(v))).join(' ')}] /ItalicAngle ${num(f.italicAngle)} ` +
        `/Ascent ${num(f.scale(f.ascent))} /Descent ${num(f.scale(f.descent))} /CapHeight ${num(f.scale(f.capHeight))} /StemV ${f.bold ? 120 : 80} /FontFile2 ${ref(fontFile)} >>`,
    );
    const ids = [...this.used.keys()].sort((a, b) => a - b);
    const widths = ids.map((id) => `${id} [${num(f.advance(id))}]`).join(' ');
    const cidFont = file.put(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
        `/FontDescriptor ${ref(descriptor)} /CIDToGIDMap /Identity /DW 1000 /W [${widths}] >>`,
    );
    const toUnicode = file.stream('', toUnicodeCMap(this.used));
    return file.put(`<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);
  }
}

function utf16Hex(s: string): string {
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/** The CMap that maps each glyph id back to its text, in blocks of at most 100 as the format allows. */
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
