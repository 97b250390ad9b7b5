import type { Clause, ClauseVariable, ContextVariable } from './clauseSchema';
import { isContextVariable, scanPlaceholders } from './placeholders';

// Fills a clause for the editor. Nothing is silently dropped: a variable without a value stays in the
// text as a visible "[label]" so the officer (and the pre-send checks) can see what is still to do.

export interface FillContext {
  org: {
    name?: string;
    shortName?: string;
    contactEmail?: string;
    reviewAddress?: string;
    /** As printed, e.g. "£450". */
    costLimit?: string;
    /** As printed, e.g. "18". */
    costHours?: string | number;
  };
  case?: {
    ref?: string;
    /** ISO date (2025-03-14) or already formatted text. */
    received?: string;
  };
}

export type FillValue = string | number | null | undefined;

export type FilledSegment = { text: string } | { variable: string; filled: boolean; text: string };

export interface FilledClause {
  text: string;
  segments: FilledSegment[];
  /** Variables with no value and no default, in order of first use. */
  missing: string[];
}

export const PARAGRAPH_BREAK = '\n\n';

const CONTEXT_LABELS: Record<ContextVariable, string> = {
  'org.name': 'organisation name',
  'org.shortName': 'organisation short name',
  'org.contactEmail': 'organisation contact email',
  'org.reviewAddress': 'internal review address',
  'org.costLimit': 'cost limit',
  'org.costHours': 'cost limit in hours',
  'case.ref': 'case reference',
  'case.received': 'date received',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function fillClause(clause: Pick<Clause, 'body' | 'variables'>, values: Readonly<Record<string, FillValue>>, context: FillContext): FilledClause {
  const declared = new Map(clause.variables.map((variable) => [variable.name, variable]));
  const segments: FilledSegment[] = [];
  const missing: string[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && !('variable' in last)) last.text += text;
    else segments.push({ text });
  };

  const paragraphs = splitParagraphs(clause.body);
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) pushText(PARAGRAPH_BREAK);
    for (const piece of scanPlaceholders(paragraph).pieces) {
      if (piece.kind === 'text') {
        pushText(piece.text);
        continue;
      }
      const value = resolve(piece.name, declared.get(piece.name), values, context);
      if (value !== undefined) {
        segments.push({ variable: piece.name, filled: true, text: value });
      } else {
        if (!missing.includes(piece.name)) missing.push(piece.name);
        segments.push({ variable: piece.name, filled: false, text: `[${labelOf(piece.name, declared.get(piece.name))}]` });
      }
    }
  });
  return { text: segments.map((segment) => segment.text).join(''), segments, missing };
}

/**
 * Blank lines separate paragraphs. Inside a paragraph a single line break is only wrapping and
 * becomes a space, except before a "- " list line, which keeps its own line.
 */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n|\r/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .reduce((joined, line) => (joined === '' ? line : `${joined}${line.startsWith('- ') ? '\n' : ' '}${line}`), ''),
    )
    .filter((paragraph) => paragraph !== '');
}

function resolve(name: string, variable: ClauseVariable | undefined, values: Readonly<Record<string, FillValue>>, context: FillContext): string | undefined {
  if (isContextVariable(name)) {
    const raw = contextValue(name, context);
    if (isBlank(raw)) return undefined;
    return name === 'case.received' ? formatDate(String(raw)) : String(raw);
  }
  const raw = values[name];
  const chosen = isBlank(raw) ? variable?.default : raw;
  if (isBlank(chosen)) return undefined;
  const text = String(chosen).replace(/\r\n|\r/g, '\n').trim();
  return variable?.type === 'date' ? formatDate(text) : text;
}

function contextValue(name: ContextVariable, context: FillContext): FillValue {
  const [scope, key] = name.split('.') as ['org' | 'case', string];
  const source: Record<string, FillValue> | undefined = scope === 'org' ? context.org : context.case;
  return source?.[key];
}

function isBlank(value: FillValue): value is null | undefined | '' {
  return value === undefined || value === null || String(value).trim() === '';
}

function labelOf(name: string, variable: ClauseVariable | undefined): string {
  if (isContextVariable(name)) return CONTEXT_LABELS[name];
  // The name, not the prompt: prompts are questions for the form, too long to sit inside a sentence.
  return (variable?.name ?? name).replace(/_/g, ' ');
}

/** ISO dates become "14 March 2025" (the style of UK letters); anything else is left as typed. */
export function formatDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return text;
  return `${day} ${month} ${match[1]}`;
}
