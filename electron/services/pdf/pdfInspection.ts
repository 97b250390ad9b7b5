import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a published PDF must show a checker, read with poppler and qpdf (the tools a reviewer would
 * use): tagging, title, language, bookmarks, internal links and embedded fonts. Used by the tests.
 */
export interface PdfFacts {
  tagged: boolean;
  title: string;
  pages: number;
  lang: string | null;
  outlineTitles: { title: string; depth: number }[];
  /** Named destinations every internal link points at, and whether the document defines each. */
  internalLinks: { dest: string; resolves: boolean }[];
  externalLinks: string[];
  /** Every link annotation's text for assistive technology (/Contents) and its area, [x1 y1 x2 y2] in points from the page's foot. */
  linkAreas: { contents: string | null; rect: number[] }[];
  /** The outline's /Count: how many bookmarks show when the file opens (every open one, at every level). */
  outlineCount: number | null;
  fontsAllEmbedded: boolean;
  fontCount: number;
  text: string;
  /** The tag tree as poppler prints it (`pdfinfo -struct-text`): each element's type, indented, and its text. */
  structure: string;
}

type Json = Record<string, unknown>;

function outline(items: Json[], depth: number, out: PdfFacts['outlineTitles']): void {
  for (const item of items) {
    out.push({ title: String(item['title']), depth });
    outline((item['kids'] as Json[]) ?? [], depth + 1, out);
  }
}

const strip = (s: unknown) => String(s).replace(/^[u/]:?/, '');

export function inspectPdf(bytes: Uint8Array): PdfFacts {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Json;
    const objects = (json['qpdf'] as [Json, Record<string, { value?: unknown }>])[1];
    const value = (ref: unknown) => objects[`obj:${String(ref)}`]?.value as Json | undefined;
    const trailer = objects['trailer']?.value as Json;
    const catalog = value(trailer['/Root']) ?? {};
    // Named destinations live in the catalog's /Dests dictionary (Chromium writes them there) or in
    // the /Names tree's /Dests: a name tree's leaves hold [name, destination, name, …].
    const resolve = (x: unknown) => (typeof x === 'string' ? value(x) : (x as Json | undefined));
    const dests = new Set(Object.keys(resolve(catalog['/Dests']) ?? {}).map((k) => k.replace(/^\//, '')));
    const leaves = (node: Json | undefined): void => {
      if (!node) return;
      const names = (node['/Names'] as unknown[] | undefined) ?? [];
      for (let i = 0; i < names.length; i += 2) dests.add(strip(names[i]));
      for (const kid of (node['/Kids'] as unknown[] | undefined) ?? []) leaves(resolve(kid));
    };
    leaves(resolve((resolve(catalog['/Names']) ?? {})['/Dests']));
    const internalLinks: PdfFacts['internalLinks'] = [];
    const externalLinks: string[] = [];
    const linkAreas: PdfFacts['linkAreas'] = [];
    for (const obj of Object.values(objects)) {
      const v = obj.value as Json | undefined;
      if (!v || typeof v !== 'object' || v['/Subtype'] !== '/Link') continue;
      linkAreas.push({ contents: v['/Contents'] === undefined ? null : strip(v['/Contents']), rect: (v['/Rect'] as number[]) ?? [] });
      if (typeof v['/Dest'] === 'string') {
        const dest = strip(v['/Dest']);
        internalLinks.push({ dest, resolves: dests.has(dest) });
      } else if (v['/A'] && (v['/A'] as Json)['/URI']) externalLinks.push(strip((v['/A'] as Json)['/URI']));
    }
    const outlineTitles: PdfFacts['outlineTitles'] = [];
    outline((json['outlines'] as Json[]) ?? [], 0, outlineTitles);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    // pdffonts columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right.
    const embedded = fonts.map((l) => l.trim().split(/\s+/).slice(-5)[0]);
    return {
      tagged: field('Tagged') === 'yes',
      title: field('Title'),
      pages: Number(field('Pages')),
      lang: catalog['/Lang'] ? strip(catalog['/Lang']) : null,
      outlineTitles,
      outlineCount: typeof resolve(catalog['/Outlines'])?.['/Count'] === 'number' ? (resolve(catalog['/Outlines'])!['/Count'] as number) : null,
      internalLinks,
      linkAreas,
      externalLinks,
      fontsAllEmbedded: embedded.every((e) => e === 'yes'),
      fontCount: fonts.length,
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
      structure: execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A block of the tag tree (a heading, a paragraph, a list item's label or body, a table cell) and the text it holds. */
export interface TaggedBlock {
  type: string;
  text: string;
  /** The block's attributes as poppler prints them ("/Scope /Column"). */
  attributes: string[];
  /** The types of the elements it sits in, outermost first. */
  path: string[];
}

const INLINE = new Set(['Link', 'Span']);

/**
 * The tag tree's blocks in reading order, read from `pdfinfo -struct-text`: what a screen reader
 * reads, element by element. Text in an inline element (a link) belongs to the block around it, and
 * a block's pieces of text join as they were written (a link's text runs on into the full stop after it).
 */
export function taggedBlocks(structure: string): TaggedBlock[] {
  const blocks: TaggedBlock[] = [];
  const stack: { indent: number; type: string; block: TaggedBlock | null }[] = [];
  for (const line of structure.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body || /^Object \d+ \d+$/.test(body)) continue;
    const text = /^"(.*)"$/.exec(body);
    if (text || body.startsWith('/')) {
      const owner = [...stack].reverse().find((s) => s.block)?.block;
      if (owner && text) owner.text += text[1];
      else if (owner) owner.attributes.push(body);
      continue;
    }
    const type = /^([A-Za-z][A-Za-z0-9]*)/.exec(body)?.[1];
    if (!type) continue;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const block = INLINE.has(type) ? null : { type, text: '', attributes: [], path: stack.map((s) => s.type) };
    if (block) blocks.push(block);
    stack.push({ indent, type, block });
  }
  return blocks;
}

/** Every word pdftotext finds, with its page and box in points from the page's top left. */
export function wordBoxes(bytes: Uint8Array): { page: number; word: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const out: ReturnType<typeof wordBoxes> = [];
    let page = 0;
    for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (m[0] === '<page ') {
        page++;
        continue;
      }
      out.push({ page, word: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How a PDF's page content is marked, read from every content stream (qpdf writes them out
 * uncompressed): text shown outside any marked content (neither tagged nor an artifact, which
 * PDF/UA forbids), marked content nested inside tagged content, and streams whose markers do not
 * balance. All three are 0 in a well-tagged file.
 */
export function contentMarking(bytes: Uint8Array): { untaggedText: number; nested: number; unbalanced: number; textShown: number } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, join(dir, 'plain.pdf')]);
    const plain = readFileSync(join(dir, 'plain.pdf'), 'latin1');
    const result = { untaggedText: 0, nested: 0, unbalanced: 0, textShown: 0 };
    // qpdf's QDF form names each page's content streams in a comment before them.
    for (const m of plain.matchAll(/%% Contents for page \d+\n(?:%%[^\n]*\n)*\d+ 0 obj\n<<[\s\S]*?>>\nstream\n([\s\S]*?)\nendstream/g)) {
      const body = m[1]!;
      let depth = 0;
      // Strings are skipped whole: a ( ) or a word inside one is text, not an operator.
      for (const token of body.replace(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g, ' S ').split(/\s+/)) {
        if (token === 'BDC' || token === 'BMC') {
          if (depth > 0) result.nested++;
          depth++;
        } else if (token === 'EMC') {
          depth--;
          if (depth < 0) result.unbalanced++;
        } else if (token === 'Tj' || token === 'TJ') {
          result.textShown++;
          if (depth === 0) result.untaggedText++;
        }
      }
      if (depth !== 0) result.unbalanced++;
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
