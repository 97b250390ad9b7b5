// A deliberately small reader for the YAML-like header of a clause file. It understands only what the
// clause library uses (scalars, quoted strings, true/false, integers, lists of scalars, lists of
// maps, and [a, b] lists) so that officers get a precise line number instead of a YAML library's
// surprises ("no" becoming false, "12:30" becoming a number, and so on).

export type FrontMatterValue = string | number | boolean | FrontMatterValue[] | FrontMatterMap;
export interface FrontMatterMap {
  [key: string]: FrontMatterValue;
}

export interface FrontMatterProblem {
  line: number;
  message: string;
}

export interface FrontMatterResult {
  data: FrontMatterMap;
  /** Line of each value, keyed by its path joined with "." (e.g. "variables.2.type"). */
  lines: Map<string, number>;
  errors: FrontMatterProblem[];
  /** 1-based line of the first line after the closing "---" (the body), or undefined if no header. */
  bodyStartLine: number | undefined;
  /** Raw text after the closing "---". */
  body: string;
  /** 1-based line of the opening "---" (1 unless the file starts with blank lines). */
  headerStartLine: number;
}

interface SourceLine {
  line: number;
  indent: number;
  text: string;
}

const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s+(.*))?$/;

export function splitFrontMatter(text: string): FrontMatterResult {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: FrontMatterProblem[] = [];
  const lines = new Map<string, number>();
  let start = 0;
  while (start < rawLines.length && (rawLines[start] ?? '').trim() === '') start++;
  const headerStartLine = start + 1;
  if ((rawLines[start] ?? '').trim() !== '---') {
    errors.push({ line: headerStartLine, message: 'the file must start with a "---" line, then the clause details, then another "---" line' });
    return { data: {}, lines, errors, bodyStartLine: undefined, body: rawLines.join('\n'), headerStartLine };
  }
  let end = start + 1;
  while (end < rawLines.length && (rawLines[end] ?? '').trim() !== '---') end++;
  if (end >= rawLines.length) {
    errors.push({ line: headerStartLine, message: 'the clause details are never closed: add a "---" line before the clause text' });
    return { data: {}, lines, errors, bodyStartLine: undefined, body: '', headerStartLine };
  }

  const source: SourceLine[] = [];
  for (let i = start + 1; i < end; i++) {
    const raw = rawLines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const leading = /^[ \t]*/.exec(raw)?.[0] ?? '';
    if (leading.includes('\t')) {
      errors.push({ line: i + 1, message: 'indent with spaces, not tabs' });
      continue;
    }
    source.push({ line: i + 1, indent: leading.length, text: raw.trim() });
  }

  const reader = new BlockReader(source, lines, errors);
  const data = reader.readTopLevel();
  return {
    data,
    lines,
    errors,
    bodyStartLine: end + 2,
    body: rawLines.slice(end + 1).join('\n'),
    headerStartLine,
  };
}

class BlockReader {
  private position = 0;

  constructor(
    private readonly source: SourceLine[],
    private readonly lines: Map<string, number>,
    private readonly errors: FrontMatterProblem[],
  ) {}

  readTopLevel(): FrontMatterMap {
    const first = this.source[0];
    if (!first) return {};
    if (first.indent !== 0) this.errors.push({ line: first.line, message: 'the first detail must not be indented' });
    const map = this.readMap(first.indent, '');
    // Anything left over sits at an indent that no block claimed.
    for (const leftover of this.source.slice(this.position)) {
      this.errors.push({ line: leftover.line, message: `unexpected indentation: "${leftover.text}"` });
    }
    return map;
  }

  private peek(): SourceLine | undefined {
    return this.source[this.position];
  }

  private readBlock(indent: number, path: string): FrontMatterValue {
    const first = this.peek();
    if (first && first.text.startsWith('-')) return this.readList(indent, path);
    return this.readMap(indent, path);
  }

  private readMap(indent: number, path: string): FrontMatterMap {
    const map: FrontMatterMap = {};
    for (let current = this.peek(); current && current.indent === indent; current = this.peek()) {
      if (current.text.startsWith('- ') || current.text === '-') break;
      this.position++;
      const match = KEY_VALUE.exec(current.text);
      if (!match) {
        this.errors.push({ line: current.line, message: `expected "name: value" but found "${current.text}"` });
        this.skipDeeper(indent);
        continue;
      }
      const key = match[1] ?? '';
      const rawValue = (match[2] ?? '').trim();
      const keyPath = path ? `${path}.${key}` : key;
      if (Object.prototype.hasOwnProperty.call(map, key)) {
        this.errors.push({ line: current.line, message: `"${key}" is given twice` });
      }
      this.lines.set(keyPath, current.line);
      if (rawValue !== '') {
        map[key] = this.readScalarOrFlow(rawValue, current.line, keyPath);
        this.skipDeeper(indent, `"${key}" already has a value on its own line`);
        continue;
      }
      const next = this.peek();
      if (next && next.indent > indent) {
        map[key] = this.readBlock(next.indent, keyPath);
      } else if (next && next.indent === indent && next.text.startsWith('-')) {
        // "key:" followed by "- item" at the same indent is common YAML; accept it.
        map[key] = this.readList(indent, keyPath);
      } else {
        map[key] = '';
      }
    }
    return map;
  }

  private readList(indent: number, path: string): FrontMatterValue[] {
    const list: FrontMatterValue[] = [];
    for (let current = this.peek(); current && current.indent === indent; current = this.peek()) {
      if (!(current.text.startsWith('- ') || current.text === '-')) break;
      const itemPath = `${path}.${list.length}`;
      this.lines.set(itemPath, current.line);
      const content = current.text.slice(1).trimStart();
      if (content === '') {
        this.position++;
        this.errors.push({ line: current.line, message: 'empty list item: write the value after the "- "' });
        continue;
      }
      if (KEY_VALUE.test(content) && !isQuoted(content)) {
        // "- name: reason" opens a map whose further keys line up with "name".
        const innerIndent = indent + (current.text.length - content.length);
        this.source[this.position] = { line: current.line, indent: innerIndent, text: content };
        list.push(this.readMap(innerIndent, itemPath));
        continue;
      }
      this.position++;
      list.push(this.readScalarOrFlow(content, current.line, itemPath));
      this.skipDeeper(indent, 'a list item with a single value cannot have indented lines under it');
    }
    return list;
  }

  /** Reports and skips lines indented under something that cannot own them. */
  private skipDeeper(indent: number, reason?: string): void {
    for (let next = this.peek(); next && next.indent > indent; next = this.peek()) {
      this.errors.push({ line: next.line, message: reason ?? `unexpected indentation: "${next.text}"` });
      this.position++;
    }
  }

  private readScalarOrFlow(raw: string, line: number, path: string): FrontMatterValue {
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) {
        this.errors.push({ line, message: 'a list written with "[" must end with "]" on the same line' });
        return [];
      }
      const inner = raw.slice(1, -1).trim();
      if (inner === '') return [];
      return splitFlowItems(inner).map((item, index) => {
        this.lines.set(`${path}.${index}`, line);
        return this.readScalar(item, line);
      });
    }
    return this.readScalar(raw, line);
  }

  private readScalar(raw: string, line: number): FrontMatterValue {
    const value = raw.trim();
    if (value.startsWith('"')) {
      if (value.length < 2 || !value.endsWith('"') || value.endsWith('\\"') && !value.endsWith('\\\\"')) {
        this.errors.push({ line, message: 'a quoted value must end with a closing double quote on the same line' });
        return value.slice(1);
      }
      return value.slice(1, -1).replace(/\\(["\\n])/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch));
    }
    if (value.startsWith("'")) {
      if (value.length < 2 || !value.endsWith("'")) {
        this.errors.push({ line, message: "a quoted value must end with a closing single quote on the same line" });
        return value.slice(1);
      }
      return value.slice(1, -1).replace(/''/g, "'");
    }
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
    return value;
  }
}

function isQuoted(text: string): boolean {
  return text.startsWith('"') || text.startsWith("'");
}

/** Splits "a, 'b, c', d" on commas outside quotes. */
function splitFlowItems(inner: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current.trim());
  return items;
}
