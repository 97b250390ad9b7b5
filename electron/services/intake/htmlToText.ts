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

/**
 * An HTML-only email body -> the text the splitter reads. Only the structure that carries
 * numbering matters: block ends become line breaks, and list items get the number or letter the
 * reader saw on screen ("1.", "b.") because the splitter finds questions by their labels.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|script|style|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  const lists: List[] = [];
  let out = '';
  let last = 0;
  // Outlook wraps each list item's text in <p>: the marker must stay on the line of its text.
  let afterMarker = false;
  const text = (raw: string) => {
    const t = decodeEntities(raw.replace(/\s+/g, ' '));
    if (t.trim()) afterMarker = false;
    out += t;
  };
  const lineBreak = () => {
    if (!afterMarker) out += '\n';
  };
  // Lists sit tight: an item's closing </p> has already ended the line.
  const startLine = () => {
    out = out.replace(/[ \t]+$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text(body.slice(last, m.index));
    last = tag.lastIndex;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (name === 'br') lineBreak();
    else if (name === 'li' && !closing) {
      startLine();
      out += listMarker(lists.at(-1));
      afterMarker = true;
    } else if ((name === 'ol' || name === 'ul') && !closing) {
      lists.push({ ordered: name === 'ol', type: attribute(attrs, 'type') ?? options.listStyles?.[lists.length] ?? '1', next: Number(attribute(attrs, 'start') ?? 1) || 1 });
      startLine();
    } else if ((name === 'ol' || name === 'ul') && closing) {
      lists.pop();
      startLine();
    } else if (name === 'tr') startLine();
    else if ((name === 'td' || name === 'th') && closing) out += ' ';
    else if (BLOCK.has(name)) lineBreak();
  }
  text(body.slice(last));
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
    case 'i':
      return `${roman(n)}. `;
    case 'I':
      return `${roman(n).toUpperCase()}. `;
    default:
      return `${n}. `;
  }
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
