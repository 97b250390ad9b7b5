import type { ClauseAttrs } from '../../../core/editor/clauseNode';
import { citedSection, fillClause, type FillContext } from '../../../core/clauses';
import type { LibraryClause } from '../../../core/api/clauseContract';

/**
 * The attributes of a clause node as inserted: the filled wording is frozen into the node, so the
 * letter keeps it even if the library changes later. The section is stored as cited ("s31(1)(a)",
 * "reg 12(5)(e)"), which the pre-send checks and citedInDoc both read.
 */
export function clauseAttrs(clause: LibraryClause, values: Record<string, string>, context: FillContext): ClauseAttrs {
  const filled = fillClause(clause, values, context);
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value.trim() !== '') kept[name] = value;
  return {
    clauseId: clause.id,
    version: clause.version,
    title: clause.title,
    kind: clause.kind,
    section: citedSection(clause) ?? '',
    values: kept,
    text: filled.text,
    missing: filled.missing,
  };
}

/** A plain-text preview for the palette: placeholders shown as [name], one line. */
export function previewOf(body: string, length = 160): string {
  const flat = body.replace(/\{\{\s*([a-zA-Z_.]+)\s*\}\}/g, (_m, name: string) => `[${name.replace(/^(org|case)\./, '').replace(/_/g, ' ')}]`).replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
