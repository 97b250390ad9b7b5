import { decodeEntities } from './htmlEntities';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol', 'pre', 'hr', 'section', 'article', 'header', 'footer']);

type List = { ordered: boolean; type: string; next: number };

export interface HtmlToTextOptions {
  /**
   * Marker styles by nesting depth for an <ol> without a type. A browser shows 1, 2, 3 at every
   * depth, but mammoth's HTML of a Word list drops Word's styles, and Word's default multilevel
   * list is 1. / a. / i.
   */
  listStyles?: string[];
}

/** Elements whose content is never shown. script and style run to the end if never closed, as in a browser. */
const HIDDEN = new Set(['head', 'script', 'style', 'title']);
const RAW_TEXT = new Set(['script', 'style']);
const NAME_CHAR = /[a-zA-Z0-9]/;
const LETTER = /[a-zA-Z]/;

/**
 * An HTML-only email body -> the text the splitter reads. Only the structure that carries
 * numbering matters: block ends become line breaks, and list items get the number or letter the
 * reader saw on screen ("1.", "b.") because the splitter finds questions by their labels.
 *
 * One pass, linear in the length of the HTML: the body comes from a stranger, and the regular
 * expressions this replaced took 26 s on 40,000 list items and minutes on 400,000 unclosed <style>.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const lists: List[] = [];
  const out = new TextPieces();
  // Outlook wraps each list item's text in <p>: the marker must stay on the line of its text.
  let afterMarker = false;
  const text = (raw: string) => {
    if (raw === '') return;
    const t = decodeEntities(raw.replace(/\s+/g, ' '));
    if (t.trim()) afterMarker = false;
    out.push(t);
  };
  const lineBreak = () => {
    if (!afterMarker) out.push('\n');
  };
  // Lists sit tight: an item's closing </p> has already ended the line.
  const startLine = () => {
    out.trimBlanks();
    if (!out.isEmpty() && !out.endsWithNewline()) out.push('\n');
  };
  const closing = new ClosingTagFinder(html);
  let last = 0;
  let at = html.indexOf('<');
  // Once no '>' follows, no later '<' can open a tag: the rest is text (as before), found in one search.
  let noMoreTags = false;
  while (at !== -1 && !noMoreTags) {
    if (html.startsWith('<!--', at)) {
      text(html.slice(last, at));
      const end = html.indexOf('-->', at + 4);
      // An unclosed comment hides the rest of the page, as it does in a browser.
      if (end === -1) return finish(out);
      last = end + 3;
      at = html.indexOf('<', last);
      continue;
    }
    const isClosing = html[at + 1] === '/';
    const nameStart = at + (isClosing ? 2 : 1);
    if (!LETTER.test(html[nameStart] ?? '')) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && NAME_CHAR.test(html[nameEnd]!)) nameEnd++;
    if (html[nameEnd] === '_') {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd === -1) {
      noMoreTags = true;
      break;
    }
    text(html.slice(last, at));
    last = tagEnd + 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const attrs = html.slice(nameEnd, tagEnd);
    if (!isClosing && HIDDEN.has(name)) {
      const close = closing.find(name, last);
      if (close) last = close.end;
      else if (RAW_TEXT.has(name)) return finish(out);
    } else if (name === 'br') lineBreak();
    else if (name === 'li' && !isClosing) {
      startLine();
      out.push(listMarker(lists.at(-1)));
      afterMarker = true;
    } else if ((name === 'ol' || name === 'ul') && !isClosing) {
      lists.push({ ordered: name === 'ol', type: attribute(attrs, 'type') ?? options.listStyles?.[lists.length] ?? '1', next: listStart(attribute(attrs, 'start')) });
      startLine();
    } else if ((name === 'ol' || name === 'ul') && isClosing) {
      lists.pop();
      startLine();
    } else if (name === 'tr') startLine();
    else if ((name === 'td' || name === 'th') && isClosing) out.push(' ');
    else if (BLOCK.has(name)) lineBreak();
    at = html.indexOf('<', last);
  }
  text(html.slice(last));
  return finish(out);
}

function finish(out: TextPieces): string {
  return out
    .join()
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text so far as pieces, so that trimming the end of the line costs the blanks it removes,
 * not the length of everything written (trimming the whole string per list item was quadratic).
 */
class TextPieces {
  private readonly pieces: string[] = [];

  push(piece: string): void {
    if (piece !== '') this.pieces.push(piece);
  }

  trimBlanks(): void {
    while (this.pieces.length > 0) {
      const piece = this.pieces.at(-1)!;
      let end = piece.length;
      while (end > 0 && (piece[end - 1] === ' ' || piece[end - 1] === '\t')) end--;
      if (end > 0) {
        if (end < piece.length) this.pieces[this.pieces.length - 1] = piece.slice(0, end);
        return;
      }
      this.pieces.pop();
    }
  }

  isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  endsWithNewline(): boolean {
    return this.pieces.at(-1)?.endsWith('\n') ?? false;
  }

  join(): string {
    return this.pieces.join('');
  }
}

/**
 * Finds </name> after a position. Each search starts where the last one for that name ended (or
 * reuses its answer), so 400,000 unclosed <style> cost one scan to the end, not 400,000.
 */
class ClosingTagFinder {
  private readonly found = new Map<string, { from: number; at: number; end: number }>();

  constructor(private readonly html: string) {}

  find(name: string, from: number): { end: number } | null {
    const known = this.found.get(name);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at === -1 ? null : { end: known.end };
    const pattern = new RegExp(`</${name}\\s*>`, 'gi');
    pattern.lastIndex = from;
    const m = pattern.exec(this.html);
    const result = m ? { from, at: m.index, end: m.index + m[0].length } : { from, at: -1, end: -1 };
    this.found.set(name, result);
    return m ? { end: result.end } : null;
  }
}

function listMarker(list: List | undefined): string {
  if (!list) return '';
  if (!list.ordered) return '- ';
  const n = list.next++;
  switch (list.type) {
    case 'a':
      return `${letters(n)}. `;
    case 'A':
      return `${letters(n).toUpperCase()}. `;
    // Browsers show Roman numerals up to 3999 and decimals beyond; a hostile start="1e12" would
    // otherwise build a numeral a billion letters long.
    case 'i':
      return n <= 3999 ? `${roman(n)}. ` : `${n}. `;
    case 'I':
      return n <= 3999 ? `${roman(n).toUpperCase()}. ` : `${n}. `;
    default:
      return `${n}. `;
  }
}

/** A whole number, or 1: start="1e400" is Infinity, and counting letters up to Infinity never ends. */
function listStart(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isSafeInteger(n) && n !== 0 ? n : 1;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const parts: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = n;
  let s = '';
  for (const [size, glyph] of parts) for (; rest >= size; rest -= size) s += glyph;
  return s;
}
