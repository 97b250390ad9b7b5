import { randomBytes } from 'node:crypto';
import { breakLines, sameLink, type Fragment, type Measure, type Run, type RunLink } from './lineBreaking';
import { num, PdfFile, pdfName, ref, textString } from './pdfFile';
import { PdfFont } from './pdfFont';
import type { Face, FontFiles } from './pdfFonts';
import { StructElement, writeStructTree } from './structTree';
import { TrueTypeFont } from './trueType';

export type Struct = StructElement;

const MM = 72 / 25.4;
/** A4, with core/documents/printCss's @page margins: 22 mm top and bottom, 20 mm at the sides. */
export const PAGE = { width: 210 * MM, height: 297 * MM, top: 22 * MM, bottom: 22 * MM, side: 20 * MM };

/** The stylesheet's colours (core/documents/printCss.ts). */
export const INK = '#0b0c0c';
export const QUIET = '#505a5f';
export const LINK = '#1d5ea8';
export const RULE = '#b1b4b6';

/** How a paragraph sits: sizes in points, margins collapsing as CSS's do (the larger of two wins). */
export interface ParagraphStyle {
  size: number;
  /** Line height as a multiple of the size (CSS line-height). */
  lineHeight: number;
  color?: string;
  /** From the text area's left edge to where the lines start. */
  left?: number;
  /** How far the first line starts left of the rest (a hanging indent). */
  hang?: number;
  /** Room on the right, from the text area's right edge (a table cell's padding). */
  right?: number;
  before?: number;
  after?: number;
  /**
   * Room (points) kept below it on its page, so it never ends one: a heading keeps two lines of what
   * follows (CSS's break-after: avoid with orphans: 2), a question or a covers note one.
   */
  keepWithNext?: number;
  /** A bar beside the lines, as the log's note has its left border. */
  bar?: { left: number; width: number; color: string };
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  /** Printed at the top of every page, as the HTML's @top-left box. */
  runningHeader: string;
}

interface Page {
  object: number;
  /** The page's drawing, written (compressed) as soon as the page is full: a month's text is not held to the end. */
  contents: number | null;
  /** Drawn first: the artifacts (shading, rules, borders) that text sits on. */
  under: string[];
  content: string[];
  nextMcid: number;
  annotations: { object: number; body: string }[];
}

interface Bookmark {
  title: string;
  page: number;
  y: number;
  children: Bookmark[];
}

// Fonts are read once per process: the app exports month after month with the same four files.
const fontCache = new Map<string, TrueTypeFont>();
function loadFont(path: string): TrueTypeFont {
  let font = fontCache.get(path);
  if (!font) fontCache.set(path, (font = TrueTypeFont.fromFile(path)));
  return font;
}

const FACES: Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(' ');
}

/** A URI for a PDF literal string: 7-bit ASCII (the format's rule for URIs), with ( ) \ escaped. */
function uriString(href: string): string {
  // A lone surrogate (half an emoji, cut in the source) cannot be percent-encoded: it stands as U+FFFD.
  const wellFormed = href.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const ascii = wellFormed.replace(/[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Characters that print as nothing and have no glyph in most fonts: left out rather than drawn as a box. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * A tagged PDF written as a flow of blocks down A4 pages: every piece of text inside a structure
 * element (so a screen reader reads the document in order, with its headings, lists, tables and
 * links), everything else (rules, shading, the running header, page numbers) marked as an artifact.
 * Laid out here rather than printed by a browser so a month's log is written in a fraction of the
 * time, with no browser at all (issue 13). The geometry follows core/documents/printCss.ts, which the
 * preview uses; the PDF objects are written by ./pdfFile.ts, ./pdfFont.ts and ./structTree.ts.
 */
export class TaggedFlow {
  /** The Document element every block's element hangs from. */
  readonly root = new StructElement('Document', null);
  readonly left = PAGE.side;
  readonly width = PAGE.width - 2 * PAGE.side;
  private readonly top = PAGE.top;
  private readonly bottom = PAGE.height - PAGE.bottom;
  /** Where the next line starts, from the top of the page. */
  y = PAGE.top;
  private pending = 0;
  private readonly file = new PdfFile();
  private readonly pagesObject = this.file.reserve();
  private readonly pages: Page[] = [];
  private readonly fonts: Record<Face, PdfFont>;
  private readonly resources: number;
  private readonly destinations = new Map<string, { page: number; y: number }>();
  private readonly bookmarks: Bookmark[] = [];
  /** The element whose marked content is open on the current page, so a page break can close and reopen it. */
  private open: StructElement | null = null;

  constructor(fontFiles: FontFiles, private readonly meta: DocumentMeta) {
    this.fonts = Object.fromEntries(FACES.map((face, i) => [face, new PdfFont(loadFont(fontFiles[face]), `F${i + 1}`)])) as Record<Face, PdfFont>;
    this.resources = this.file.reserve();
    this.newPage();
  }

  /** Width of text in a face at a size, in points. */
  measure(size: number): Measure {
    return (text, face) => this.fonts[face].widthOf(text) * size;
  }

  /** Room between this block and the last: the larger of the two margins, and none at a page's top. */
  space(points: number): void {
    this.pending = Math.max(this.pending, points);
  }

  private settle(): void {
    if (this.y > this.top) this.y += this.pending;
    this.pending = 0;
  }

  /** Starts a new page when `height` would not fit under what is there. */
  ensure(height: number): void {
    this.settle();
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  newPage(): void {
    const reopen = this.open;
    if (reopen) this.endMark();
    if (this.pages.length) this.seal(this.current);
    this.pages.push({ object: this.file.reserve(), contents: null, under: [], content: [], nextMcid: 0, annotations: [] });
    this.y = this.top;
    this.pending = 0;
    if (reopen) this.beginMark(reopen);
  }

  get atPageTop(): boolean {
    return this.y <= this.top;
  }

  get pageHeight(): number {
    return this.bottom - this.top;
  }

  private get current(): Page {
    return this.pages[this.pages.length - 1]!;
  }

  private seal(page: Page): void {
    page.contents = this.file.stream('', [...page.under, ...page.content].join('\n'));
    page.under = [];
    page.content = [];
  }

  private beginMark(element: StructElement): void {
    const page = this.current;
    const mcid = page.nextMcid++;
    element.kids.push({ page: this.pages.length - 1, mcid });
    page.content.push(`${pdfName(element.type)} <</MCID ${mcid}>> BDC`);
    this.open = element;
  }

  private endMark(): void {
    this.current.content.push('EMC');
    this.open = null;
  }

  /**
   * Rules, shading, borders and bars: artifacts, seen but not read. They go beneath the page's text,
   * never inside a tagged element's content, where an artifact may not be.
   */
  private artifact(ops: string): void {
    this.current.under.push(`/Artifact BMC ${ops} EMC`);
  }

  /** A filled box beneath the text (a header cell's shading), from the top of the page. */
  fillBox(x: number, y: number, w: number, h: number, color: string): void {
    this.artifact(`${rgb(color)} rg ${num(x)} ${num(PAGE.height - y - h)} ${num(w)} ${num(h)} re f`);
  }

  /** An outlined box (a table cell's rule). */
  strokeBox(x: number, y: number, w: number, h: number, color: string, lineWidth: number): void {
    this.artifact(`${rgb(color)} RG ${num(lineWidth)} w ${num(x)} ${num(PAGE.height - y - h)} ${num(w)} ${num(h)} re S`);
  }

  /** A horizontal rule (an entry's top border). */
  rule(x: number, y: number, w: number, color: string, lineWidth: number): void {
    this.artifact(`${rgb(color)} RG ${num(lineWidth)} w ${num(x)} ${num(PAGE.height - y)} m ${num(x + w)} ${num(PAGE.height - y)} l S`);
  }

  /**
   * The room a paragraph of `lines` lines needs below it to start on this page: two lines together
   * (no orphan), or the whole of a short paragraph; all of it and the room it keeps after it, when it
   * is kept with what follows.
   */
  roomToStart(lines: number, style: ParagraphStyle): number {
    const keep = style.keepWithNext ?? 0;
    return (keep || lines <= 3 ? lines : 2) * style.size * style.lineHeight + keep;
  }

  /** The lines a paragraph would take, without drawing it: for a table row's height. */
  layout(runs: readonly Run[], style: ParagraphStyle, width = this.width): Fragment[][] {
    const left = style.left ?? 0;
    const hang = style.hang ?? 0;
    const room = width - left - (style.right ?? 0);
    const clean = runs.map((r) => ('text' in r ? { ...r, text: r.text.replace(INVISIBLE, '') } : r));
    return breakLines(clean, { first: room + hang, rest: room }, this.measure(style.size));
  }

  /**
   * A paragraph as one structure element (`tag`: P, H2…) under `parent`, its links as Link elements
   * inside it. `x` moves the whole paragraph right (a list's body, an answer's indent).
   */
  paragraph(parent: Struct, tag: string, runs: readonly Run[], style: ParagraphStyle, x = 0, width = this.width): Struct {
    const element = parent.child(tag);
    this.writeLines(element, this.layout(runs, style, width - x), style, x);
    return element;
  }

  /**
   * Lines into an element already made (a list item's body, a table cell). `fixedTop` draws them
   * there and leaves the flow where it was (a list's label, a table's cells); with it, a null
   * element draws them as an artifact (a table's header row repeated on a later page).
   */
  writeLines(element: Struct | null, lines: Fragment[][], style: ParagraphStyle, x = 0, opts: { fixedTop?: number } = {}): void {
    const lineHeight = style.size * style.lineHeight;
    const left = this.left + x + (style.left ?? 0);
    const flowing = opts.fixedTop === undefined;
    if (flowing) {
      this.space(style.before ?? 0);
      this.ensure(this.roomToStart(lines.length, style));
    }
    let lineTop = opts.fixedTop ?? this.y;
    let drawn = -1;
    for (const segment of segmentsOf(lines)) {
      const holder = element && segment.link ? element.child('Link') : element;
      if (holder) this.beginMark(holder);
      else this.current.content.push('/Artifact BMC');
      for (const { line, fragment } of segment.items) {
        if (line !== drawn) {
          if (drawn >= 0) lineTop += lineHeight;
          // A page ends before a line that does not fit, or before the last two lines so that one is never alone (widows: 2).
          const fits = (n: number) => lineTop + n * lineHeight <= this.bottom + 0.01;
          const widow = line === lines.length - 2 && line >= 2 && fits(1) && !fits(2);
          if (flowing && (!fits(1) || widow)) {
            this.newPage();
            lineTop = this.y;
          }
          if (style.bar) this.artifact(`${rgb(style.bar.color)} rg ${num(this.left + x + style.bar.left)} ${num(PAGE.height - lineTop - lineHeight)} ${num(style.bar.width)} ${num(lineHeight)} re f`);
          drawn = line;
        }
        this.fragment(fragment, left - (line === 0 ? (style.hang ?? 0) : 0), lineTop, style, holder && segment.link ? holder : null);
      }
      if (holder) this.endMark();
      else this.current.content.push('EMC');
    }
    if (flowing) {
      this.y = drawn >= 0 ? lineTop + lineHeight : lineTop;
      this.pending = style.after ?? 0;
    }
  }

  private fragment(f: Fragment, lineLeft: number, lineTop: number, style: ParagraphStyle, link: Struct | null): void {
    if (!f.text) return;
    const font = this.fonts[f.face];
    const x = lineLeft + f.x;
    const lineHeight = style.size * style.lineHeight;
    // The text's box sits in the middle of the line, as CSS centres a line's content in its line-height.
    const baseline = lineTop + (lineHeight - (font.ascent - font.descent) * style.size) / 2 + font.ascent * style.size;
    const color = rgb(f.link ? LINK : (style.color ?? INK));
    const y = PAGE.height - baseline;
    let ops = `BT /${font.resourceName} ${num(style.size)} Tf ${color} rg 1 0 0 1 ${num(x)} ${num(y)} Tm ${font.encode(f.text)} Tj ET`;
    if (f.underline || f.link) {
      // Liberation Sans's and Arial's own underline: 0.106 em under the baseline, 0.073 em thick.
      const width = f.text.endsWith(' ') ? f.width - font.widthOf(' ') * style.size : f.width;
      ops += ` ${num(x)} ${num(y - 0.106 * style.size - 0.073 * style.size)} ${num(width)} ${num(0.073 * style.size)} re f`;
    }
    this.current.content.push(ops);
    if (f.link && link) {
      // The clickable area is the link's words, not the spaces either side of them.
      const space = font.widthOf(' ') * style.size;
      const lead = f.text.length - f.text.trimStart().length;
      const trail = f.text.length - f.text.trimEnd().length;
      this.linkArea(f.link, f.text, x + lead * space, lineTop, f.width - (lead + trail) * space, lineHeight, link);
    }
  }

  private linkArea(target: RunLink, text: string, x: number, top: number, width: number, height: number, element: Struct): void {
    const page = this.current;
    const object = this.file.reserve();
    const action = 'href' in target ? `/A << /S /URI /URI ${uriString(target.href)} >>` : `/Dest ${pdfName(target.dest)}`;
    // Contents: what the link says, for assistive technology that reads annotations (PDF/UA 7.18.5).
    page.annotations.push({ object, body: `/Rect [${num(x)} ${num(PAGE.height - top - height)} ${num(x + width)} ${num(PAGE.height - top)}] /Contents ${textString(text.trim())} ${action}` });
    element.kids.push({ page: this.pages.length - 1, annotation: object });
  }

  /** A named place links can go to ("top", an entry's anchor): the top of the next line. */
  destination(name: string): void {
    this.destinations.set(name, { page: this.pages.length - 1, y: this.y });
  }

  /** A bookmark to the top of the next line, under `parent` (or at the top level). */
  bookmark(title: string, parent?: Bookmark): Bookmark {
    const mark: Bookmark = { title, page: this.pages.length - 1, y: this.y, children: [] };
    (parent?.children ?? this.bookmarks).push(mark);
    return mark;
  }

  /** The page furniture on every page, then every object, then the file. */
  finish(): Uint8Array {
    if (this.open) this.endMark();
    this.seal(this.current);
    const file = this.file;
    const measure = this.measure(9);
    const regular = this.fonts.regular;
    const pageObjects = this.pages.map((p) => p.object);
    const annotationKeys = new Map<number, number>();
    this.pages.forEach((page, i) => {
      const header = fitted(this.meta.runningHeader, this.width, (t) => measure(t, 'regular'));
      const footer = `Page ${i + 1} of ${this.pages.length}`;
      const text = (s: string, x: number, baseline: number) => `BT /${regular.resourceName} 9 Tf ${rgb(QUIET)} rg 1 0 0 1 ${num(x)} ${num(PAGE.height - baseline)} Tm ${regular.encode(s)} Tj ET`;
      // A second content stream: "of Y" is known only now. Too short to be worth compressing.
      const furniture = file.stream(
        '',
        `/Artifact <</Type /Pagination /Subtype /Header>> BDC ${text(header, this.left, PAGE.top - 4 * MM - 9 * -regular.descent)} EMC\n` +
          `/Artifact <</Type /Pagination /Subtype /Footer>> BDC ${text(footer, PAGE.width / 2 - measure(footer, 'regular') / 2, this.bottom + 4 * MM + 9 * regular.ascent)} EMC`,
        { compress: false },
      );
      for (const a of page.annotations) {
        annotationKeys.set(a.object, this.pages.length + annotationKeys.size);
        file.put(`<< /Type /Annot /Subtype /Link ${a.body} /Border [0 0 0] /F 4 /StructParent ${annotationKeys.get(a.object)} /P ${ref(page.object)} >>`, a.object);
      }
      file.put(
        `<< /Type /Page /Parent ${ref(this.pagesObject)} /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources ${ref(this.resources)} /Contents [${ref(page.contents!)} ${ref(furniture)}] ` +
          `/StructParents ${i} /Tabs /S${page.annotations.length ? ` /Annots [${page.annotations.map((a) => ref(a.object)).join(' ')}]` : ''} >>`,
        page.object,
      );
    });
    file.put(`<< /Type /Pages /Kids [${pageObjects.map(ref).join(' ')}] /Count ${pageObjects.length} >>`, this.pagesObject);
    // Only the faces some text used are embedded; a subset's tag is six capitals, one per face.
    const fonts = FACES.map((face, i) => ({ font: this.fonts[face], tag: `DESKA${'ABCD'[i]}` })).filter(({ font }) => font.isUsed);
    file.put(`<< /Font << ${fonts.map(({ font, tag }) => `/${font.resourceName} ${ref(font.write(file, tag))}`).join(' ')} >> >>`, this.resources);
    const structTree = writeStructTree(file, this.root, pageObjects, annotationKeys);
    const dest = (page: number, y: number) => `[${ref(pageObjects[page]!)} /XYZ ${num(this.left)} ${num(PAGE.height - y)} null]`;
    const dests = [...this.destinations.entries()].map(([name, d]) => `${pdfName(name)} ${dest(d.page, d.y)}`).join(' ');
    const outlines = this.writeOutlines(dest);
    const now = new Date();
    const metadata = file.stream('/Type /Metadata /Subtype /XML', xmp(this.meta, now), { compress: false });
    const info = file.put(
      `<< /Title ${textString(this.meta.title)} /Author ${textString(this.meta.author)} /Subject ${textString(this.meta.subject)} /Creator ${textString('Disclosure Desk')} /Producer ${textString('Disclosure Desk')} /CreationDate (${pdfDate(now)}) >>`,
    );
    const catalog = file.put(
      `<< /Type /Catalog /Pages ${ref(this.pagesObject)} /Lang ${textString(this.meta.lang)} /MarkInfo << /Marked true >> /StructTreeRoot ${ref(structTree)} ` +
        `/ViewerPreferences << /DisplayDocTitle true >> /Metadata ${ref(metadata)} /Dests << ${dests} >>${outlines ? ` /Outlines ${ref(outlines)} /PageMode /UseOutlines` : ''} >>`,
    );
    return file.bytes(catalog, info, randomBytes(16).toString('hex'));
  }

  /** The bookmarks as an outline tree: each item with its parent, neighbours, children and destination. */
  private writeOutlines(dest: (page: number, y: number) => string): number | null {
    if (!this.bookmarks.length) return null;
    const file = this.file;
    const root = file.reserve();
    const shown = (items: Bookmark[]): number => items.reduce((n, item) => n + 1 + shown(item.children), 0);
    const writeLevel = (items: Bookmark[], parent: number): number[] => {
      const numbers = items.map(() => file.reserve());
      items.forEach((item, i) => {
        const kids = writeLevel(item.children, numbers[i]!);
        file.put(
          `<< /Title ${textString(item.title)} /Parent ${ref(parent)}${i > 0 ? ` /Prev ${ref(numbers[i - 1]!)}` : ''}${i < items.length - 1 ? ` /Next ${ref(numbers[i + 1]!)}` : ''}` +
            `${kids.length ? ` /First ${ref(kids[0]!)} /Last ${ref(kids[kids.length - 1]!)} /Count ${shown(item.children)}` : ''} /Dest ${dest(item.page, item.y)} >>`,
          numbers[i],
        );
      });
      return numbers;
    };
    const top = writeLevel(this.bookmarks, root);
    // Every item shows open, so a count is of all the items under it, at every level.
    file.put(`<< /Type /Outlines /First ${ref(top[0]!)} /Last ${ref(top[top.length - 1]!)} /Count ${shown(this.bookmarks)} >>`, root);
    return root;
  }
}

/** A line's text shortened with an ellipsis to fit `width`, as the running header's box clips. */
function fitted(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let n = text.length;
  while (n > 1 && measure(`${text.slice(0, n)}…`) > width) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** XMP metadata: the title, author, subject and language where PDF/UA checkers look for them. */
function xmp(meta: DocumentMeta, now: Date): string {
  // XMP is UTF-8; the stream is written byte for byte (latin1), so the text goes in as UTF-8 bytes.
  const text = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${now.toISOString()}</xmp:CreateDate>
<xmp:CreatorTool>Disclosure Desk</xmp:CreatorTool>
<pdf:Producer>Disclosure Desk</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** Links must be elements of their own: a paragraph's fragments in order, grouped into plain text and links. */
function segmentsOf(lines: Fragment[][]): { link: RunLink | undefined; items: { line: number; fragment: Fragment }[] }[] {
  const out: { link: RunLink | undefined; items: { line: number; fragment: Fragment }[] }[] = [];
  lines.forEach((fragments, line) => {
    if (fragments.length === 0) {
      // An empty line (two breaks in a row) still takes its height.
      const last = out[out.length - 1];
      const empty: Fragment = { text: '', face: 'regular', underline: false, link: undefined, x: 0, width: 0 };
      if (last && !last.link) last.items.push({ line, fragment: empty });
      else out.push({ link: undefined, items: [{ line, fragment: empty }] });
      return;
    }
    for (const raw of fragments) {
      // A link's space alone at a line's end is no link: an empty annotation would say nothing to a reader.
      const fragment = raw.link && !raw.text.trim() ? { ...raw, link: undefined } : raw;
      const last = out[out.length - 1];
      if (last && sameLink(last.link, fragment.link)) last.items.push({ line, fragment });
      else out.push({ link: fragment.link, items: [{ line, fragment }] });
    }
  });
  return out;
}
