import { CLAUSE_ID, type Clause, type ClauseKind, type ClauseVariable, type HarmTest, type Regime } from './clauseSchema';
import { scanPlaceholders } from './placeholders';

// An officer's own clause as the forms edit it (Save as clause, the clause form), and the one way
// it is written back as the Markdown file the library stores and a lawyer reads. The form never
// shows Markdown; the file stays the storage and the expert view.

export interface ClauseDraft {
  id: string;
  title: string;
  kind: ClauseKind;
  regimes: Regime[];
  section?: string;
  absolute: boolean;
  harm: HarmTest;
  version: number;
  notes?: string;
  variables: ClauseVariable[];
  /** The wording, paragraphs separated by a blank line, blanks written {{name}}. */
  body: string;
}

/** Kinds that refuse under a tested provision: the file must say whether it is absolute and its harm test. */
export const REFUSAL_KINDS: ReadonlySet<ClauseKind> = new Set(['exemption', 'ncnd']);
/** Kinds the letter must cite a section for (the schema refuses them without one). */
export const KINDS_CITING_SECTION: ReadonlySet<ClauseKind> = new Set(['exemption', 'ncnd', 'cost', 'vexatious', 'not-held']);

export function draftOfClause(clause: Omit<Clause, 'sourcePath'>): ClauseDraft {
  return {
    id: clause.id,
    title: clause.title,
    kind: clause.kind,
    regimes: [...clause.regimes],
    ...(clause.section !== undefined ? { section: clause.section } : {}),
    absolute: clause.absolute,
    harm: clause.harm,
    version: clause.version,
    ...(clause.notes !== undefined ? { notes: clause.notes } : {}),
    variables: clause.variables.map((v) => ({ ...v, ...(v.choices ? { choices: [...v.choices] } : {}) })),
    body: clause.body,
  };
}

/** The clause file: the header in the order the shipped templates use, then the wording. */
export function clauseFileText(draft: ClauseDraft): string {
  const lines = ['---', `id: ${draft.id}`, `title: ${quote(draft.title)}`, `kind: ${draft.kind}`, `regimes: [${draft.regimes.join(', ')}]`];
  if (draft.section) lines.push(`section: ${quote(draft.section)}`);
  // Only refusals carry these; for other kinds the parser supplies false and "none" itself.
  if (REFUSAL_KINDS.has(draft.kind) || draft.absolute) lines.push(`absolute: ${draft.absolute}`);
  if (REFUSAL_KINDS.has(draft.kind) || draft.harm !== 'none') lines.push(`harm: ${draft.harm}`);
  lines.push(`version: ${draft.version}`);
  if (draft.notes !== undefined && draft.notes.trim() !== '') lines.push(`notes: ${quote(draft.notes)}`);
  if (draft.variables.length === 0) lines.push('variables: []');
  else {
    lines.push('variables:');
    for (const v of draft.variables) {
      lines.push(`  - name: ${v.name}`, `    prompt: ${quote(v.prompt)}`, `    type: ${v.type}`);
      if (v.default !== undefined) lines.push(`    default: ${typeof v.default === 'number' ? String(v.default) : quote(v.default)}`);
      if (v.choices) {
        lines.push('    choices:');
        for (const choice of v.choices) lines.push(`      - ${quote(choice)}`);
      }
    }
  }
  lines.push('---', '', normaliseBody(draft.body), '');
  return lines.join('\n');
}

/** A header value on one line, double-quoted: the reader unescapes \" and \\ and nothing else. */
function quote(value: string): string {
  const oneLine = value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `"${oneLine.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Line endings made plain and the blank lines around the wording trimmed, as the parser reads it. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n|\r/g, '\n').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
}

/**
 * Text taken from an answer, made safe as clause wording: "{{" would read as a blank, and the
 * clause format has no escape for it, so a space keeps the braces apart.
 */
export function wordingFromText(text: string): string {
  return normaliseBody(text.replace(/\u00a0/g, ' ').replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }'));
}

// Words that open a prompt but say nothing about the blank ("What is the…", "Enter the…").
const LEADING_FILLER = new Set(['a', 'an', 'the', 'what', 'which', 'who', 'when', 'where', 'enter', 'type', 'give', 'is', 'are', 'was', 'of', 'for']);
const MAX_NAME = 32;

/**
 * The variable name for a blank, from its prompt: "The name of the police force" becomes
 * name_of_the_police_force. The name is what an unfilled blank shows in the answer ("[name of the
 * police force]"), so it keeps the prompt's words, and it never repeats a name in `taken`.
 */
export function variableNameFromPrompt(prompt: string, taken: Iterable<string> = []): string {
  const words = prompt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  while (words.length > 1 && LEADING_FILLER.has(words[0]!)) words.shift();
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name}_${word}`;
    if (next.length > MAX_NAME && name !== '') break;
    name = next.slice(0, MAX_NAME);
  }
  if (!/^[a-z]/.test(name)) name = `blank${name === '' ? '' : `_${name}`}`;
  return unique(name, new Set(taken), '_');
}

/** An id for a new clause from its title ("Camera van locations" → camera-van-locations), not in `taken`. */
export function clauseIdFromTitle(title: string, taken: Iterable<string> = []): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let id = '';
  for (const word of words) {
    const next = id === '' ? word : `${id}-${word}`;
    if (next.length > 48 && id !== '') break;
    id = next.slice(0, 48);
  }
  if (!CLAUSE_ID.test(id)) id = 'own-clause';
  return unique(id, new Set(taken), '-');
}

function unique(base: string, taken: ReadonlySet<string>, joiner: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${joiner}${n}`)) return `${base}${joiner}${n}`;
}

/** The body with [from, to) replaced by the blank {{name}}. */
export function withBlank(body: string, from: number, to: number, name: string): string {
  return `${body.slice(0, from)}{{${name}}}${body.slice(to)}`;
}

/** The body with every {{name}} put back as `text` (the words the blank replaced, or its label). */
export function withoutBlank(body: string, name: string, text: string): string {
  let out = '';
  let cursor = 0;
  for (const piece of scanPlaceholders(body).pieces) {
    if (piece.kind !== 'placeholder') continue;
    const end = body.indexOf('}}', piece.offset) + 2;
    out += body.slice(cursor, piece.offset) + (piece.name === name ? text : body.slice(piece.offset, end));
    cursor = end;
  }
  return out + body.slice(cursor);
}

/** Names of the blanks the body uses, in order of first use (context variables such as org.name left out). */
export function blanksInBody(body: string): string[] {
  const names: string[] = [];
  for (const piece of scanPlaceholders(body).pieces) {
    if (piece.kind === 'placeholder' && !piece.name.includes('.') && !names.includes(piece.name)) names.push(piece.name);
  }
  return names;
}

/**
 * Whether the selection [from, to) of the body is fit to become a blank: words inside one paragraph,
 * not part of a blank. The spaces a double-click takes with a word are left outside the blank.
 */
export function blankableSelection(body: string, from: number, to: number): { ok: true; from: number; to: number; text: string } | { ok: false; reason: string } {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(body.length, Math.max(from, to));
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  const text = body.slice(start, end);
  if (text === '') return { ok: false, reason: 'Select the words to turn into a blank first.' };
  if (/\n\s*\n/.test(text)) return { ok: false, reason: 'A blank sits inside one paragraph: select fewer words.' };
  for (const piece of scanPlaceholders(body).pieces) {
    if (piece.kind !== 'placeholder') continue;
    const close = body.indexOf('}}', piece.offset) + 2;
    if (start < close && end > piece.offset) return { ok: false, reason: 'The selection overlaps a blank already there: select other words.' };
  }
  return { ok: true, from: start, to: end, text };
}
