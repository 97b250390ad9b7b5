import { decodeEntities } from '../intake/htmlEntities';
import { unreadableFile } from '../intake/unreadableFile';
import { BoundedZip, ZipLimitError, type ZipLimits } from '../untrusted/boundedZip';

/**
 * A Word log's text, read straight from word/document.xml's paragraphs: the text a request letter
 * gets through mammoth's HTML and ../intake/htmlToText (paragraphs a blank line apart, list items a
 * line each with the marker a reader saw, table cells as paragraphs), without building either. A
 * year's log is 7 MB of XML: through mammoth and HTML it took 4.5 s of the import's 7; this one
 * pass takes a small part of that, and its memory is the XML string and the text.
 *
 * It follows mammoth where mammoth decides what the text is: which paragraphs are list items
 * (numbering.xml, a level's own paragraph style, a numbering style's link), ordered or bulleted
 * (numFmt), their nesting (ilvl), that adjacent items of one kind make one list and anything else
 * ends it, that empty paragraphs are left out, that mc:AlternateContent is read from its fallback,
 * and Word's own list styles by depth (1. / a. / i.), as htmlToText gives them for a letter. It reads
 * no pictures, headers, footers, comments or notes: none of them is part of a log's entries.
 *
 * The parts are read through the size-checked zip (../untrusted/boundedZip), and the whole runs in
 * the untrusted worker.
 */
export function docxLogText(name: string, bytes: Uint8Array, limits: ZipLimits = LOG_DOCX_ZIP_LIMITS): string {
  let parts: { document: string; numbering: string; styles: string };
  try {
    const zip = BoundedZip.open(bytes, limits);
    const wanted = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].map((n) => zip.entry(n)).filter((e) => e !== undefined);
    zip.checkDeclared(wanted);
    if (!zip.has('word/document.xml')) throw new Error('no word/document.xml');
    const read = (part: string) => (zip.has(part) ? new TextDecoder('utf-8').decode(zip.read(part)) : '');
    parts = { document: read('word/document.xml'), numbering: read('word/numbering.xml'), styles: read('word/styles.xml') };
  } catch (err) {
    if (err instanceof ZipLimitError && err.kind === 'too-large') {
      throw unreadableFile(name, `is too large to read safely: ${err.message}`, 'Import the log a month at a time.');
    }
    throw unreadableFile(name, 'could not be read as a Word document', 'Open it in Word and save it again as .docx, or save it as PDF or plain text.');
  }
  if (!/<w:body\b/.test(parts.document)) throw unreadableFile(name, 'could not be read as a Word document', 'Open it in Word and save it again as .docx, or save it as PDF or plain text.');
  return new DocumentText(listLevels(parts.numbering, parts.styles)).read(parts.document);
}

/**
 * What a Word log may unpack to. A 600-entry year is 7 MB of document.xml and 1.5 MB of numbering,
 * near a request letter's 8 MB cap (../intake/readDocx, sized for mammoth's 150 times the XML in
 * memory); read here, a part costs about twice its size as a string, so a log may be larger.
 * Pictures and other parts are never unpacked.
 */
export const LOG_DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024 };

/** Word's default multilevel list, as a letter's text shows it (../intake/readDocx). */
const LIST_STYLES = ['1', 'a', 'i'];

interface Level {
  ordered: boolean;
  /** The level's index, as a string as the XML spells it. */
  ilvl: string;
}

/** Which numbering a paragraph's numPr or style gives, mammoth's way (docx/numbering-xml.js). */
interface ListLevels {
  find(numId: string, ilvl: string): Level | null;
  byParagraphStyle(styleId: string): Level | null;
}

/** An element's attribute, from the text between its name and its '>'. */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m?.[1];
}

/** The first `<tag ...>` inside a piece of XML, its attributes. */
function firstAttrs(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  return m?.[1];
}

function listLevels(numbering: string, styles: string): ListLevels {
  const abstractNums = new Map<string, { levels: Map<string, Level & { pStyle?: string }>; numStyleLink?: string }>();
  for (const m of numbering.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<string, Level & { pStyle?: string }>();
    let withoutIndex: (Level & { pStyle?: string }) | null = null;
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:lvl>)/g)) {
      const body = l[2] ?? '';
      const ilvl = attr(l[1]!, 'w:ilvl');
      const numFmt = attr(firstAttrs(body, 'w:numFmt') ?? '', 'w:val');
      const pStyle = attr(firstAttrs(body, 'w:pStyle') ?? '', 'w:val');
      const level = { ordered: numFmt !== 'bullet', ilvl: ilvl ?? '0', ...(pStyle !== undefined ? { pStyle } : {}) };
      if (ilvl === undefined) withoutIndex = level;
      else levels.set(ilvl, level);
    }
    if (withoutIndex && !levels.has('0')) levels.set('0', withoutIndex);
    const numStyleLink = attr(firstAttrs(m[2]!, 'w:numStyleLink') ?? '', 'w:val');
    abstractNums.set(id, { levels, ...(numStyleLink !== undefined ? { numStyleLink } : {}) });
  }
  const nums = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1]!, 'w:numId');
    const abstractNumId = attr(firstAttrs(m[2]!, 'w:abstractNumId') ?? '', 'w:val');
    if (numId !== undefined && abstractNumId !== undefined) nums.set(numId, abstractNumId);
  }
  // Numbering styles (styles.xml) name the numbering a numStyleLink points at.
  const numberingStyles = new Map<string, string>();
  for (const m of styles.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (attr(m[1]!, 'w:type') !== 'numbering') continue;
    const styleId = attr(m[1]!, 'w:styleId');
    const numId = attr(firstAttrs(m[2]!, 'w:numId') ?? '', 'w:val');
    if (styleId !== undefined && numId !== undefined) numberingStyles.set(styleId, numId);
  }
  const byStyle = new Map<string, Level>();
  for (const a of abstractNums.values()) for (const l of a.levels.values()) if (l.pStyle !== undefined) byStyle.set(l.pStyle, l);
  const find = (numId: string, ilvl: string, seen: Set<string>): Level | null => {
    if (seen.has(numId)) return null;
    seen.add(numId);
    const abstractId = nums.get(numId);
    const abstract = abstractId === undefined ? undefined : abstractNums.get(abstractId);
    if (!abstract) return null;
    if (abstract.numStyleLink === undefined) return abstract.levels.get(ilvl) ?? null;
    const linked = numberingStyles.get(abstract.numStyleLink);
    return linked === undefined ? null : find(linked, ilvl, seen);
  };
  return { find: (numId, ilvl) => find(numId, ilvl, new Set()), byParagraphStyle: (styleId) => byStyle.get(styleId) ?? null };
}

/** One open list: bulleted or numbered, and the number its next item takes. */
interface OpenList {
  ordered: boolean;
  next: number;
}

/** A paragraph as it is read: its words, line breaks, and what makes it a list item. */
interface Paragraph {
  text: string[];
  /** Something was in it (words or a break): mammoth leaves out paragraphs with nothing. */
  hasContent: boolean;
  styleId: string | null;
  numId: string | undefined;
  ilvl: string | undefined;
}

/** What mammoth never reads: the other half of an mc:AlternateContent, deleted and moved-away text. */
const SKIPPED = new Set(['mc:Choice', 'w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange']);
/** Properties: a paragraph's style and numbering are read from w:pPr, nothing in them is text. */
const PROPERTIES = new Set(['w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr']);

// One tag: closing or not, its name, its attributes. Linear however the file is made: Word escapes
// '>' in attribute values, and a stray one only ends a tag early.
const TAG = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)([^>]*)>/g;

class DocumentText {
  private readonly out: string[] = [];
  /** The lists open at this point, outermost first: a list item's depth is its ilvl. */
  private lists: OpenList[] = [];

  constructor(private readonly levels: ListLevels) {}

  read(xml: string): string {
    const paragraphs: Paragraph[] = [];
    let inText = false;
    /** Inside mc:Choice (read from its fallback instead), deleted or moved-away text: skipped whole. */
    let skipDepth = 0;
    /** Inside properties (w:pPr, w:rPr, ...): their tabs are tab stops, never text. */
    let propsDepth = 0;
    let inNumPr = false;
    let last = 0;
    TAG.lastIndex = xml.indexOf('<w:body');
    for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
      const [whole, closing, name, rest] = m as unknown as [string, string, string, string];
      const selfClosing = rest.endsWith('/');
      if (inText && skipDepth === 0) {
        const p = paragraphs.at(-1);
        if (p && m.index > last) {
          const words = decodeEntities(xml.slice(last, m.index));
          if (words !== '') {
            // As the HTML's text reads: any run of spaces, tabs or line ends is one space.
            p.text.push(words.replace(/\s+/g, ' '));
            p.hasContent = true;
          }
        }
      }
      last = m.index + whole.length;
      if (SKIPPED.has(name)) {
        if (!selfClosing) skipDepth = Math.max(0, skipDepth + (closing ? -1 : 1));
        continue;
      }
      if (skipDepth > 0) continue;
      if (PROPERTIES.has(name)) {
        if (!selfClosing) propsDepth = Math.max(0, propsDepth + (closing ? -1 : 1));
        continue;
      }
      switch (name) {
        case 'w:t':
          inText = !closing && !selfClosing && propsDepth === 0;
          break;
        case 'w:noBreakHyphen':
        case 'w:softHyphen': {
          const p = paragraphs.at(-1);
          if (p && propsDepth === 0) {
            p.text.push(name === 'w:noBreakHyphen' ? '\u2011' : '\u00ad');
            p.hasContent = true;
          }
          break;
        }
        case 'w:p':
          if (closing) {
            const p = paragraphs.pop();
            if (p) this.paragraph(p);
          } else {
            const p: Paragraph = { text: [], hasContent: false, styleId: null, numId: undefined, ilvl: undefined };
            if (selfClosing) this.paragraph(p);
            else paragraphs.push(p);
          }
          break;
        case 'w:pStyle': {
          const p = paragraphs.at(-1);
          if (p && p.styleId === null) p.styleId = attr(rest, 'w:val') ?? null;
          break;
        }
        case 'w:numPr':
          inNumPr = !closing && !selfClosing;
          break;
        case 'w:numId':
        case 'w:ilvl': {
          const p = paragraphs.at(-1);
          if (p && inNumPr) p[name === 'w:numId' ? 'numId' : 'ilvl'] = attr(rest, 'w:val');
          break;
        }
        case 'w:tab':
        case 'w:br':
        case 'w:cr': {
          const p = paragraphs.at(-1);
          if (!p || closing || propsDepth > 0) break;
          const type = attr(rest, 'w:type');
          if (name === 'w:br' && type !== undefined && type !== 'textWrapping') break; // page and column breaks: no text
          p.text.push(name === 'w:tab' ? ' ' : '\n');
          p.hasContent = true;
          break;
        }
        case 'w:tbl':
          this.endLists();
          this.out.push('\n');
          break;
        case 'w:tr':
          this.startLine();
          break;
        case 'w:tc':
          // A cell holds its own lists; its end ends them, as the cell's HTML would.
          this.endLists();
          if (closing) this.out.push(' ');
          break;
        default:
          break;
      }
    }
    this.endLists();
    return finish(this.out.join(''));
  }

  private paragraph(p: Paragraph): void {
    if (!p.hasContent) return;
    const level = listLevel(this.levels, p);
    if (!level) {
      this.endLists();
      this.out.push('\n', ...p.text, '\n');
      return;
    }
    const depth = Math.max(0, Number.parseInt(level.ilvl, 10) || 0);
    // Deeper lists than this item's end; the list at its own depth goes on if it is of its kind.
    while (this.lists.length > depth + 1) this.closeList();
    const same = this.lists[depth];
    if (same && same.ordered !== level.ordered) this.closeList();
    // Lists above this item that are not open yet: a bulleted item with nothing in it, as mammoth's
    // "ul|ol > li > ..." makes them.
    while (this.lists.length < depth) {
      this.openList(false);
      this.item('');
    }
    if (this.lists.length === depth) this.openList(level.ordered);
    this.item(p.text.join(''));
  }

  private item(text: string): void {
    const list = this.lists.at(-1)!;
    this.startLine();
    const style = LIST_STYLES[this.lists.length - 1] ?? '1';
    this.out.push(list.ordered ? `${marker(list.next++, style)} ` : '- ');
    // Inside an item, mammoth's <br> right after the marker adds no line (htmlToText's afterMarker).
    this.out.push(text.replace(/^\n+/, ''));
  }

  private openList(ordered: boolean): void {
    this.lists.push({ ordered, next: 1 });
    this.startLine();
  }

  private closeList(): void {
    this.lists.pop();
    this.startLine();
  }

  private endLists(): void {
    while (this.lists.length > 0) this.closeList();
  }

  /** Ends the line unless it is already ended (htmlToText's startLine). */
  private startLine(): void {
    while (this.out.length > 0 && /^[ \t]*$/.test(this.out.at(-1)!)) this.out.pop();
    if (this.out.length > 0) {
      const lastPiece = this.out.at(-1)!;
      const trimmed = lastPiece.replace(/[ \t]+$/, '');
      if (trimmed !== lastPiece) this.out[this.out.length - 1] = trimmed;
      if (!trimmed.endsWith('\n')) this.out.push('\n');
    }
  }
}

function listLevel(levels: ListLevels, p: Paragraph): Level | null {
  if (p.ilvl !== undefined && p.numId !== undefined) return levels.find(p.numId, p.ilvl);
  if (p.styleId !== null) {
    const byStyle = levels.byParagraphStyle(p.styleId);
    if (byStyle) return byStyle;
  }
  if (p.numId !== undefined) return levels.find(p.numId, '0');
  return null;
}

function marker(n: number, style: string): string {
  if (style === 'a') return `${letters(n)}.`;
  if (style === 'i') return `${roman(n)}.`;
  return `${n}.`;
}

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  if (n > 3999) return String(n);
  const parts: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = n;
  let s = '';
  for (const [size, glyph] of parts) for (; rest >= size; rest -= size) s += glyph;
  return s;
}

/** As htmlToText finishes: each line trimmed, runs of blanks one space, at most one empty line. */
function finish(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
