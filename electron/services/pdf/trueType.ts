import { readFileSync } from 'node:fs';

/**
 * Just enough of a TrueType font to print Latin text in a PDF: the character map, advance widths,
 * the metrics a PDF font descriptor asks for, and a subset of the glyphs to embed. Written for
 * speed (a font library such as fontkit takes longer to import than a month's log takes to lay out)
 * and for what a log prints: no shaping, ligatures or kerning, as Word prints body text by default.
 * Glyph ids are kept as they are in the subset (the unused glyphs left empty), so text is written
 * with the font's own ids and the PDF needs no mapping of its own.
 */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: [number, number, number, number];
  readonly postScriptName: string;
  readonly bold: boolean;
  /** How many glyphs the font has: ids run from 0 (the "missing" box) to one less. */
  readonly glyphCount: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;
  private readonly glyphOf: (codePoint: number) => number;
  private readonly glyphCache = new Map<number, number>();

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = this.u16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      this.tables.set(String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!), { offset: this.u32(at + 8), length: this.u32(at + 12) });
    }
    for (const need of ['head', 'hhea', 'hmtx', 'maxp', 'cmap', 'loca', 'glyf']) {
      if (!this.tables.has(need)) throw new Error(`not a TrueType font with outlines: no ${need} table`);
    }
    const head = this.table('head');
    this.unitsPerEm = this.u16(head + 18);
    this.bbox = [this.i16(head + 36), this.i16(head + 38), this.i16(head + 40), this.i16(head + 42)];
    this.longLoca = this.i16(head + 50) === 1;
    const hhea = this.table('hhea');
    this.ascent = this.i16(hhea + 4);
    this.descent = this.i16(hhea + 6);
    this.numberOfHMetrics = this.u16(hhea + 34);
    this.glyphCount = this.u16(this.table('maxp') + 4);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && this.u16(os2.offset) >= 2 ? this.i16(os2.offset + 88) : this.ascent;
    this.bold = os2 ? this.u16(os2.offset + 4) >= 600 : false;
    const post = this.tables.get('post');
    this.italicAngle = post ? this.i32(post.offset + 4) / 65536 : 0;
    this.postScriptName = this.readPostScriptName() ?? 'Font';
    this.glyphOf = this.readCmap();
  }

  static fromFile(path: string): TrueTypeFont {
    return new TrueTypeFont(readFileSync(path));
  }

  /** The glyph for a character; 0 (the font's "missing" box) when it has none. */
  glyph(codePoint: number): number {
    let id = this.glyphCache.get(codePoint);
    if (id === undefined) {
      id = this.glyphOf(codePoint);
      this.glyphCache.set(codePoint, id);
    }
    return id;
  }

  /** A glyph's advance, in thousandths of an em (PDF text space). */
  advance(glyph: number): number {
    const hmtx = this.table('hmtx');
    const at = glyph < this.numberOfHMetrics ? hmtx + 4 * glyph : hmtx + 4 * (this.numberOfHMetrics - 1);
    return (this.u16(at) * 1000) / this.unitsPerEm;
  }

  /** To thousandths of an em. */
  scale(units: number): number {
    return (units * 1000) / this.unitsPerEm;
  }

  /**
   * The font with only `glyphs` drawn (and the parts composite glyphs are made of): every other glyph
   * is left empty, so the ids stay the font's own.
   */
  subset(glyphs: Iterable<number>): Uint8Array {
    const keep = new Set<number>([0]);
    const queue = [...glyphs];
    while (queue.length) {
      const id = queue.pop()!;
      if (id >= this.glyphCount || keep.has(id)) continue;
      keep.add(id);
      queue.push(...this.components(id));
    }
    const glyf = this.table('glyf');
    const parts: Uint8Array[] = [];
    const loca = new DataView(new ArrayBuffer(4 * (this.glyphCount + 1)));
    let length = 0;
    for (let id = 0; id < this.glyphCount; id++) {
      loca.setUint32(4 * id, length);
      if (!keep.has(id)) continue;
      const [from, to] = this.glyphRange(id);
      if (to <= from) continue;
      const data = this.bytes.subarray(glyf + from, glyf + to);
      parts.push(data);
      length += data.length;
      // Glyphs start at even offsets in any font; four keeps every table word-aligned.
      const pad = (4 - (data.length % 4)) % 4;
      if (pad) {
        parts.push(new Uint8Array(pad));
        length += pad;
      }
    }
    loca.setUint32(4 * this.glyphCount, length);
    const newGlyf = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
      newGlyf.set(p, at);
      at += p.length;
    }
    // A copy: the font's own bytes (cached for the next export) stay as they were.
    const head = new Uint8Array(this.raw('head')!);
    const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
    headView.setInt16(50, 1); // long loca offsets, as the new loca is written
    headView.setUint32(8, 0); // checksum adjustment, set when the file is assembled
    const tables: [string, Uint8Array][] = [['head', head], ['hhea', this.raw('hhea')!], ['maxp', this.raw('maxp')!], ['hmtx', this.raw('hmtx')!], ['loca', new Uint8Array(loca.buffer)], ['glyf', newGlyf]];
    // Hinting keeps small text crisp on screen; the character map and OS/2 metrics are not read
    // through Identity-H, but some readers look for them in any embedded TrueType font.
    for (const optional of ['cvt ', 'fpgm', 'prep', 'cmap', 'OS/2']) {
      const data = this.raw(optional);
      if (data) tables.push([optional, data]);
    }
    return assembleFont(tables);
  }

  private components(id: number): number[] {
    const [from, to] = this.glyphRange(id);
    if (to - from < 10) return [];
    const at = this.table('glyf') + from;
    if (this.i16(at) >= 0) return [];
    const out: number[] = [];
    let p = at + 10;
    for (;;) {
      const flags = this.u16(p);
      out.push(this.u16(p + 2));
      p += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) p += 2;
      else if (flags & 0x0040) p += 4;
      else if (flags & 0x0080) p += 8;
      if (!(flags & 0x0020)) return out;
    }
  }

  private glyphRange(id: number): [number, number] {
    const loca = this.table('loca');
    return this.longLoca ? [this.u32(loca + 4 * id), this.u32(loca + 4 * id + 4)] : [2 * this.u16(loca + 2 * id), 2 * this.u16(loca + 2 * id + 2)];
  }

  /** Unicode (platform 3 encoding 10, then 3/1 or 0/x): format 12 for all planes, else format 4. */
  private readCmap(): (codePoint: number) => number {
    const cmap = this.table('cmap');
    const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
    for (let i = 0; i < this.u16(cmap + 2); i++) {
      const at = cmap + 4 + 8 * i;
      const offset = cmap + this.u32(at + 4);
      subtables.push({ platform: this.u16(at), encoding: this.u16(at + 2), offset, format: this.u16(offset) });
    }
    const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
    const twelve = subtables.find((s) => unicode(s) && s.format === 12);
    if (twelve) {
      const groups = this.u32(twelve.offset + 12);
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const at = twelve.offset + 16 + 12 * mid;
          if (cp < this.u32(at)) hi = mid - 1;
          else if (cp > this.u32(at + 4)) lo = mid + 1;
          else return this.u32(at + 8) + cp - this.u32(at);
        }
        return 0;
      };
    }
    const four = subtables.find((s) => unicode(s) && s.format === 4);
    if (!four) throw new Error('the font has no Unicode character map');
    const t = four.offset;
    const segments = this.u16(t + 6) / 2;
    const ends = t + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segments; i++) {
        if (cp > this.u16(ends + 2 * i)) continue;
        const start = this.u16(starts + 2 * i);
        if (cp < start) return 0;
        const rangeOffset = this.u16(rangeOffsets + 2 * i);
        if (rangeOffset === 0) return (cp + this.i16(deltas + 2 * i)) & 0xffff;
        const glyph = this.u16(rangeOffsets + 2 * i + rangeOffset + 2 * (cp - start));
        return glyph === 0 ? 0 : (glyph + this.i16(deltas + 2 * i)) & 0xffff;
      }
      return 0;
    };
  }

  private readPostScriptName(): string | null {
    const name = this.tables.get('name');
    if (!name) return null;
    const base = name.offset;
    const strings = base + this.u16(base + 4);
    for (let i = 0; i < this.u16(base + 2); i++) {
      const at = base + 6 + 12 * i;
      if (this.u16(at + 6) !== 6) continue;
      const platform = this.u16(at);
      const length = this.u16(at + 8);
      const offset = strings + this.u16(at + 10);
      let s = '';
      if (platform === 3 || platform === 0) for (let k = 0; k < length; k += 2) s += String.fromCharCode(this.u16(offset + k));
      else for (let k = 0; k < length; k++) s += String.fromCharCode(this.bytes[offset + k]!);
      const clean = s.replace(/[^A-Za-z0-9-]/g, '');
      if (clean) return clean;
    }
    return null;
  }

  private table(tag: string): number {
    return this.tables.get(tag)!.offset;
  }

  private raw(tag: string): Uint8Array | null {
    const t = this.tables.get(tag);
    return t ? this.bytes.subarray(t.offset, t.offset + t.length) : null;
  }

  private u16(at: number): number {
    return this.view.getUint16(at);
  }
  private i16(at: number): number {
    return this.view.getInt16(at);
  }
  private u32(at: number): number {
    return this.view.getUint32(at);
  }
  private i32(at: number): number {
    return this.view.getInt32(at);
  }
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file from its tables, with the directory, checksums and head's checksum adjustment. */
function assembleFont(tables: [string, Uint8Array][]): Uint8Array {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dirLength = 12 + 16 * tables.length;
  const total = dirLength + tables.reduce((n, [, d]) => n + Math.ceil(d.length / 4) * 4, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const n = tables.length;
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, n * 16 - power * 16);
  let at = dirLength;
  let headAt = 0;
  tables.forEach(([tag, data], i) => {
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(entry + k, tag.charCodeAt(k));
    view.setUint32(entry + 4, checksum(data));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, data.length);
    if (tag === 'head') headAt = at;
    out.set(data, at);
    at += Math.ceil(data.length / 4) * 4;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
