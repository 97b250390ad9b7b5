import type { Clause, ClauseFileError } from './clauseSchema';
import { parseClauseFile } from './parseClauseFile';

export interface ClauseSourceFile {
  path: string;
  text: string;
}

export interface ClauseLibrary {
  clauses: Clause[];
  errors: ClauseFileError[];
}

// One bad file must not take the whole library down: an officer who breaks a clause while editing
// still needs the other 150 to draft today's responses.
export function loadClauseLibrary(files: readonly ClauseSourceFile[]): ClauseLibrary {
  const clauses: Clause[] = [];
  const errors: ClauseFileError[] = [];
  const firstPathOfId = new Map<string, string>();
  for (const file of files) {
    const parsed = parseClauseFile(file.path, file.text);
    errors.push(...parsed.errors);
    if (!parsed.clause) continue;
    const earlier = firstPathOfId.get(parsed.clause.id);
    if (earlier !== undefined) {
      // Both copies are suspect, but keeping the first keeps the library stable while it is fixed.
      errors.push({
        path: file.path,
        line: idLine(file.text),
        message: `id "${parsed.clause.id}" is already used by ${earlier}: every clause needs its own id`,
        severity: 'error',
      });
      continue;
    }
    firstPathOfId.set(parsed.clause.id, file.path);
    clauses.push(parsed.clause);
  }
  return { clauses, errors };
}

function idLine(text: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => /^id\s*:/.test(line));
  return index === -1 ? 1 : index + 1;
}
