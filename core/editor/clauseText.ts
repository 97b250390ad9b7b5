import type { RichNode } from '../model/richText';

/**
 * A clause node's attributes, read defensively: stored JSON and pasted HTML may carry anything, and
 * every reader (the views, the checks, the exporters) wants the same safe shape. No TipTap here, so
 * the CLI and the checks read clauses without loading the editor.
 */
export interface ClauseAttrs {
  clauseId: string;
  version: number;
  title: string;
  kind: string;
  section: string;
  values: Record<string, string>;
  /** Filled wording, paragraphs separated by a blank line. */
  text: string;
  /** Names of variables still unfilled when `text` was made. */
  missing: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function stringRecord(v: unknown): Record<string, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) out[k] = str(value);
  return out;
}

export function readClauseAttrs(node: RichNode): ClauseAttrs {
  const a = node.attrs ?? {};
  const version = Number(a['version'] ?? 1);
  return {
    clauseId: str(a['clauseId']),
    version: Number.isInteger(version) && version > 0 ? version : 1,
    title: str(a['title']),
    kind: str(a['kind']),
    section: str(a['section']),
    values: stringRecord(a['values']),
    text: clauseWording(node),
    missing: Array.isArray(a['missing']) ? a['missing'].filter((m): m is string => typeof m === 'string') : [],
  };
}

/** The filled wording a clause node carries: what the reader of the letter sees. */
export function clauseWording(node: RichNode): string {
  const text = node.attrs?.['text'];
  return typeof text === 'string' ? text : '';
}

/**
 * Clause wording as editor paragraphs: a blank line starts a new paragraph, a single line break stays
 * a break. Writers that print clauses as ordinary text (the published HTML, DOCX) walk these.
 */
export function clauseParagraphs(text: string): RichNode[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({
      type: 'paragraph',
      content: p
        .split('\n')
        .flatMap((line, i): RichNode[] => (i === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }]))
        .filter((n) => n.type !== 'text' || n.text !== ''),
    }));
}
