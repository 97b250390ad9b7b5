// Small edits to a clause file's header made by the library itself (the version on every save, a
// new id on duplicate), done on the text so the officer's layout and comments survive untouched.

const LINE_BREAK = /\r\n|\r|\n/;

/** Sets a top-level header field, adding it after the id line (or first) if the file lacks it. */
export function withHeaderField(text: string, field: 'id' | 'title' | 'version', value: string): string {
  const lines = text.split(LINE_BREAK);
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open === -1 || lines[open]?.trim() !== '---') return text;
  let close = open + 1;
  while (close < lines.length && lines[close]?.trim() !== '---') close++;
  if (close >= lines.length) return text;
  const pattern = new RegExp(`^${field}\\s*:`);
  const rendered = `${field}: ${value}`;
  for (let i = open + 1; i < close; i++) {
    if (pattern.test(lines[i] ?? '')) {
      lines[i] = rendered;
      return lines.join('\n');
    }
  }
  const idLine = lines.findIndex((line, i) => i > open && i < close && /^id\s*:/.test(line));
  lines.splice((idLine === -1 ? open : idLine) + 1, 0, rendered);
  return lines.join('\n');
}

/** The id written in the header, read loosely so a file with other errors still gets named in messages. */
export function idInText(text: string): string | undefined {
  const match = /^id\s*:\s*["']?([^"'\s#]+)/m.exec(text);
  return match?.[1];
}

/** A title as a quoted header value. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}
