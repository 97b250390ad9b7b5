import { clauseSchema, type Clause, type ClauseFileError } from './clauseSchema';
import { splitFrontMatter, type FrontMatterMap, type FrontMatterValue } from './frontMatter';
import { isContextVariable, lineOfOffset, scanPlaceholders } from './placeholders';

// Turns one Markdown clause file into a Clause, or into errors an officer can act on: every
// message names the file and the line. A clause with only warnings is still usable.

const KNOWN_FIELDS = new Set(['id', 'title', 'kind', 'regimes', 'section', 'absolute', 'harm', 'version', 'notes', 'variables']);
const KNOWN_VARIABLE_FIELDS = new Set(['name', 'prompt', 'type', 'default', 'choices']);
// Fields whose value officers naturally write bare ("section: 21", "title: 2024"): read them as text.
const TEXT_FIELDS = ['id', 'title', 'section', 'notes'] as const;
// Kinds that are not a refusal under a tested provision: nothing to say about absolute or harm.
const REFUSAL_KINDS = new Set(['exemption', 'ncnd']);

export interface ParsedClauseFile {
  clause?: Clause;
  errors: ClauseFileError[];
}

export function parseClauseFile(path: string, text: string): ParsedClauseFile {
  const errors: ClauseFileError[] = [];
  const report = (line: number, message: string, severity: 'error' | 'warning' = 'error') =>
    errors.push({ path, line: Math.max(1, line), message, severity });

  const header = splitFrontMatter(text);
  for (const problem of header.errors) report(problem.line, problem.message);
  if (header.bodyStartLine === undefined) return { errors };
  const lineOf = (keyPath: string): number => header.lines.get(keyPath) ?? header.headerStartLine;

  const data = normaliseFields(header.data);
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) report(lineOf(key), `unknown detail "${key}" (is it misspelt?)`, 'warning');
  }
  const variables = Array.isArray(data.variables) ? data.variables : [];
  variables.forEach((variable, index) => {
    if (!isMap(variable)) return;
    for (const key of Object.keys(variable)) {
      if (!KNOWN_VARIABLE_FIELDS.has(key)) report(lineOf(`variables.${index}.${key}`), `unknown variable detail "${key}"`, 'warning');
    }
  });

  // The body starts after the closing "---"; leading blank lines are not part of the clause.
  const rawBody = header.body.replace(/\r\n|\r/g, '\n');
  const leadingBlank = /^(?:[ \t]*\n)*/.exec(rawBody)?.[0] ?? '';
  const body = rawBody.slice(leadingBlank.length).replace(/\s+$/, '');
  const bodyFirstLine = header.bodyStartLine + lineOfOffset(leadingBlank, leadingBlank.length) - 1;
  const bodyLine = (offset: number) => bodyFirstLine + lineOfOffset(body, offset) - 1;

  const candidate = {
    ...data,
    absolute: data.absolute ?? (REFUSAL_KINDS.has(String(data.kind)) ? undefined : false),
    harm: data.harm ?? (REFUSAL_KINDS.has(String(data.kind)) ? undefined : 'none'),
    variables: data.variables ?? [],
    body,
    sourcePath: path,
  };
  const parsed = clauseSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keyPath = issue.path.map(String).join('.');
      const line = keyPath === 'body' ? bodyFirstLine : nearestLine(header.lines, issue.path.map(String), header.headerStartLine);
      const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
      report(line, describeIssue(keyPath, issue.message, issue.code !== 'custom' && readsAsMissing(candidate, issue.path), allowed));
    }
  }

  const { pieces, problems } = scanPlaceholders(body);
  for (const problem of problems) report(bodyLine(problem.offset), problem.message);
  const declared = new Set(variables.filter(isMap).map((variable) => String(variable.name)));
  const used = new Set<string>();
  for (const piece of pieces) {
    if (piece.kind !== 'placeholder') continue;
    used.add(piece.name);
    if (declared.has(piece.name) || isContextVariable(piece.name)) continue;
    const hint = piece.name.includes('.')
      ? ' (organisation and case details are org.name, org.shortName, org.contactEmail, org.reviewAddress, org.costLimit, org.costHours, case.ref, case.received)'
      : ' (declare it under "variables")';
    report(bodyLine(piece.offset), `the text uses {{${piece.name}}} but no such variable exists${hint}`);
  }
  variables.forEach((variable, index) => {
    if (isMap(variable) && typeof variable.name === 'string' && !used.has(variable.name)) {
      report(lineOf(`variables.${index}.name`), `variable "${variable.name}" is declared but the text never uses it`, 'warning');
    }
  });

  const hasErrors = errors.some((error) => error.severity === 'error');
  return hasErrors || !parsed.success ? { errors } : { clause: parsed.data, errors };
}

function normaliseFields(data: FrontMatterMap): FrontMatterMap {
  const out: FrontMatterMap = { ...data };
  for (const field of TEXT_FIELDS) {
    if (typeof out[field] === 'number') out[field] = String(out[field]);
  }
  if (Array.isArray(out.variables)) {
    out.variables = out.variables.map((variable) => {
      if (!isMap(variable)) return variable;
      const copy: FrontMatterMap = { ...variable };
      if (typeof copy.prompt === 'number') copy.prompt = String(copy.prompt);
      if (Array.isArray(copy.choices)) copy.choices = copy.choices.map((choice) => (typeof choice === 'number' ? String(choice) : choice));
      return copy;
    });
  }
  return out;
}

function isMap(value: FrontMatterValue | undefined): value is FrontMatterMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readsAsMissing(data: object, path: PropertyKey[]): boolean {
  let value: unknown = data;
  for (const key of path) {
    if (value === undefined || value === null || typeof value !== 'object') return true;
    value = (value as Record<string, unknown>)[String(key)];
  }
  return value === undefined;
}

/** The line of the deepest part of the path that appears in the file. */
function nearestLine(lines: Map<string, number>, path: string[], fallback: number): number {
  for (let length = path.length; length > 0; length--) {
    const line = lines.get(path.slice(0, length).join('.'));
    if (line !== undefined) return line;
  }
  return fallback;
}

function describeIssue(keyPath: string, message: string, missing: boolean, allowed?: string[]): string {
  const where = keyPath.replace(/^variables\.(\d+)/, (_m, index: string) => `variable ${Number(index) + 1}`);
  if (missing) return `"${where}" is missing`;
  // Officers fix a misspelt kind faster from the list of what is allowed than from a schema message.
  if (allowed) return `"${where}" must be one of: ${allowed.join(', ')}`;
  return where ? `"${where}": ${message}` : message;
}
