import type { ClauseDetail, LibraryClause } from '../../../core/api/clauseContract';
import { citedSection } from '../../../core/clauses';
import { DeskError } from '../../../core/api/errors';
import { ClauseLibraryService } from '../../services/clauses/clauseLibraryService';
import { optionalString, type CommandRun } from '../command';
import { UsageError } from '../usage';
import { withService } from '../withService';

// `desk clauses …`: the library as an officer (or the lawyer checking it) reads it. Without --db
// only the shipped templates; with --db the workspace's own clauses are laid over them.

async function library<T>(db: string | undefined, body: (lib: { list: (retired: boolean) => Promise<LibraryClause[]>; get: (id: string, version?: number) => Promise<ClauseDetail> }) => Promise<T>): Promise<T> {
  if (db) {
    return withService(db, (call) => body({ list: (includeRetired) => call('listClauses', { includeRetired }), get: (id, version) => call('getClause', { id, version }) }), { mustExist: true });
  }
  const shipped = new ClauseLibraryService(null);
  return body({ list: async (retired) => shipped.list(retired), get: async (id, version) => shipped.get(id, version) });
}

/** `desk clauses list`: see its help in ../commandTable.ts. */
export const runList: CommandRun = async ({ values }, io) => {
  const clauses = await library(optionalString(values['db']), (lib) => lib.list(Boolean(values['retired'])));
  if (values['json']) {
    io.out(JSON.stringify(clauses, null, 2));
    return 0;
  }
  const rows = clauses.map((c) => [c.id, c.kind, c.section ? citedSection(c) ?? c.section : '-', c.regimes.join(','), `${c.title}${c.source === 'local' ? ' (local)' : ''}${c.retired ? ' (retired)' : ''}`]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const row of rows) io.out(row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
  return 0;
};

/** `desk clauses show`: see its help in ../commandTable.ts. */
export const runShow: CommandRun = async ({ values, positionals }, io) => {
  const id = positionals[0];
  if (!id) throw new UsageError('name one clause id, e.g. desk clauses show foia-s31-1-a (see --help)');
  const version = values['version'] === undefined ? undefined : Number(values['version']);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) throw new UsageError('--version must be a whole number, e.g. --version 2');
  const clause = await library(optionalString(values['db']), (lib) => lib.get(id, version)).catch((err: unknown) => {
    if (err instanceof DeskError && err.code === 'not-found') throw new Error(`${err.message} Run "desk clauses list" for the ids.`);
    throw err;
  });
  io.out(`${clause.title}`);
  io.out(`  id        ${clause.id} (version ${clause.version}, ${clause.source}${clause.retired ? ', retired' : ''})`);
  io.out(`  kind      ${clause.kind}`);
  if (clause.section) io.out(`  section   ${citedSection(clause) ?? clause.section}`);
  io.out(`  regimes   ${clause.regimes.join(', ')}`);
  if (clause.kind === 'exemption' || clause.kind === 'ncnd') io.out(`  test      ${clause.absolute ? 'absolute' : 'qualified'}, ${clause.harm}`);
  if (clause.notes) io.out(`  notes     ${clause.notes}`);
  if (clause.variables.length > 0) {
    io.out('  variables');
    for (const v of clause.variables) {
      const extra = v.type === 'choice' ? ` (${v.choices?.join(' / ')})` : v.default !== undefined ? ` (default: ${String(v.default).slice(0, 60)})` : '';
      io.out(`    ${v.name.padEnd(16)} ${v.type.padEnd(6)} ${v.prompt}${extra}`);
    }
  }
  io.out('');
  io.out(clause.body);
  return 0;
};
