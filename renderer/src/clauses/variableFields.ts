import type { ClauseVariable, PoliceForce } from '../../../core/clauses';
import { websiteOfForce } from '../../../core/clauses';

// How the fill form asks for each variable. Reasons, harms and public interest factors are
// paragraphs an officer writes; names and short phrases fit on one line.

const LONG_TEXT = /reason|factor|harm|conclusion|explanation|detail|description|advice|summary|narrow|why|estimate|background|information/;

export type FieldKind = 'textarea' | 'text' | 'select' | 'date' | 'number' | 'url';

export function fieldKind(variable: ClauseVariable): FieldKind {
  switch (variable.type) {
    case 'choice':
      return 'select';
    case 'date':
      return 'date';
    case 'number':
      return 'number';
    case 'link':
      return 'url';
    case 'text':
      return LONG_TEXT.test(variable.name) || variable.prompt.length > 90 || String(variable.default ?? '').length > 60 ? 'textarea' : 'text';
  }
}

/** Values to start the form with: what the clause had, else each variable's default. */
export function initialValues(variables: readonly ClauseVariable[], existing: Readonly<Record<string, string>> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const v of variables) values[v.name] = existing[v.name] ?? (v.default === undefined ? '' : String(v.default));
  return values;
}

/**
 * Choosing a police force fills its website into the matching "<name>_link" variable, unless the
 * officer has typed a link of their own.
 */
export function withLinkedWebsite(values: Record<string, string>, variables: readonly ClauseVariable[], changed: string, forces: readonly PoliceForce[], previous: string): Record<string, string> {
  const link = variables.find((v) => v.name === `${changed}_link` && v.type === 'link');
  if (!link) return values;
  const before = websiteOfForce(forces, previous) ?? '';
  if ((values[link.name] ?? '') !== '' && values[link.name] !== before) return values;
  return { ...values, [link.name]: websiteOfForce(forces, values[changed] ?? '') ?? '' };
}
