import { CONTEXT_VARIABLES, type ContextVariable } from './clauseSchema';

// Placeholders are written {{name}} (spaces inside the braces are allowed). One scanner serves both
// the validator (which needs line numbers) and the filler (which needs the pieces in order).

export type BodyPiece =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; offset: number };

export interface PlaceholderProblem {
  offset: number;
  message: string;
}

const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9]*)?$/;
const CONTEXT_SET: ReadonlySet<string> = new Set(CONTEXT_VARIABLES);

export function isContextVariable(name: string): name is ContextVariable {
  return CONTEXT_SET.has(name);
}

export function scanPlaceholders(body: string): { pieces: BodyPiece[]; problems: PlaceholderProblem[] } {
  const pieces: BodyPiece[] = [];
  const problems: PlaceholderProblem[] = [];
  let cursor = 0;
  while (cursor < body.length) {
    const open = body.indexOf('{{', cursor);
    if (open === -1) break;
    const close = body.indexOf('}}', open + 2);
    const nextOpen = body.indexOf('{{', open + 2);
    const lineEnd = body.indexOf('\n', open);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close) || (lineEnd !== -1 && lineEnd < close)) {
      problems.push({ offset: open, message: 'a "{{" is never closed with "}}" on the same line' });
      if (open > cursor) pieces.push({ kind: 'text', text: body.slice(cursor, open + 2) });
      else pieces.push({ kind: 'text', text: '{{' });
      cursor = open + 2;
      continue;
    }
    if (open > cursor) pieces.push({ kind: 'text', text: body.slice(cursor, open) });
    const name = body.slice(open + 2, close).trim();
    if (!PLACEHOLDER_NAME.test(name)) {
      problems.push({ offset: open, message: `"{{${name}}}" is not a valid placeholder name` });
    }
    pieces.push({ kind: 'placeholder', name, offset: open });
    cursor = close + 2;
  }
  if (cursor < body.length) pieces.push({ kind: 'text', text: body.slice(cursor) });
  return { pieces, problems };
}

/** 1-based line within `text` of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
