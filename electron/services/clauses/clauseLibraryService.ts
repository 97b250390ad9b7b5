import { parseClauseFile, type Clause, type ClauseFileError, type ClauseSourceFile } from '../../../core/clauses';
import { loadClauseLibrary } from '../../../core/clauses/loadClauseLibrary';
import type { ClauseDetail, LibraryClause } from '../../../core/api/clauseContract';
import { DeskError } from '../../../core/api/errors';
import type { Db } from '../workspaceDb';
import { idInText, quoted, withHeaderField } from './clauseText';
import { LocalClauseStore, type LocalClauseRow } from './localClauseStore';
import { isZip, zipPack } from './clausePack';
import { unzipUntrustedPack } from './unzipUntrustedPack';
import { shippedLibrary, shippedPoliceForces } from './shippedTemplates';
import { findTemplatesDir } from './templatesDir';

/**
 * The clause library of one workspace: the shipped templates with the officer's own clauses laid
 * over them. A local clause with a shipped clause's id replaces it (editing a shipped clause makes
 * the local copy), and its versions continue from the shipped version, so "version 2" of
 * foia-s31-1-a always means the first local edit of shipped version 1.
 * Without a workspace (the CLI's `clauses list` with no --db) it is the shipped library alone.
 */
export class ClauseLibraryService {
  private readonly local: LocalClauseStore | null;

  constructor(
    db: Db | null,
    private readonly templatesDir: string = findTemplatesDir(),
  ) {
    this.local = db ? new LocalClauseStore(db) : null;
  }

  /** Every usable clause, newest version of each id, sorted by id. */
  list(includeRetired = false): LibraryClause[] {
    return this.merged().clauses.filter((c) => includeRetired || !c.retired);
  }

  /** Problems in shipped files and in stored local clauses; the rest of the library still loads. */
  errors(): ClauseFileError[] {
    return this.merged().errors;
  }

  get(id: string, version?: number): ClauseDetail {
    const local = this.local && (version === undefined ? this.local.latestOf(id) : this.local.version(id, version));
    if (local) {
      const parsed = parseClauseFile(localPath(id), local.text);
      if (parsed.clause) return { ...summarise(parsed.clause, 'local', this.isRetired(id)), text: local.text };
      if (version !== undefined) throw new DeskError('invalid-input', `Version ${version} of clause ${id} no longer reads as a clause: ${describe(parsed.errors)}`);
    }
    const shipped = this.shipped();
    const clause = shipped.clauses.find((c) => c.id === id);
    if (clause && (version === undefined || version === clause.version)) {
      return { ...summarise(clause, 'shipped', this.isRetired(id)), text: shipped.texts.get(id) ?? '' };
    }
    throw new DeskError('not-found', version === undefined ? `There is no clause "${id}" in the library.` : `Version ${version} of clause "${id}" is not in the library.`);
  }

  /**
   * Saves the text as the clause's next version. Malformed text is refused with the parser's
   * line-numbered messages and nothing is stored. Saving unchanged text adds no version.
   */
  save(text: string): ClauseDetail {
    const store = this.mustHaveWorkspace();
    const candidate = this.prepare({ path: localPath(idInText(text) ?? 'new-clause'), text });
    if ('errors' in candidate) throw new DeskError('invalid-input', `The clause was not saved: ${describe(candidate.errors)}`);
    const { clause, text: versioned, unchanged } = candidate;
    if (!unchanged) store.insert({ id: clause.id, version: clause.version, text: versioned, retired: this.isRetired(clause.id) });
    return this.get(clause.id);
  }

  duplicate(id: string, newId: string): ClauseDetail {
    if (this.exists(newId)) throw new DeskError('conflict', `The library already has a clause "${newId}". Choose another id for the copy.`);
    const original = this.get(id);
    let text = withHeaderField(original.text, 'id', newId);
    text = withHeaderField(text, 'title', quoted(`${original.title} (copy)`));
    text = withHeaderField(text, 'version', '1');
    return this.save(text);
  }

  /** Retiring changes no wording, so it marks the newest version rather than adding one. */
  retire(id: string, retired: boolean): LibraryClause {
    const store = this.mustHaveWorkspace();
    const current = this.get(id);
    const latest = store.latestOf(id);
    if (latest) store.setRetired(id, latest.version, retired);
    else store.insert({ id, version: current.version, text: current.text, retired });
    const { text: _text, ...summary } = this.get(id);
    return summary;
  }

  async exportPack(ids?: readonly string[]): Promise<{ fileName: string; bytes: Uint8Array; count: number }> {
    // By default the team's own work: the shipped wording is already on every installation.
    const wanted = ids ?? this.list(true).filter((c) => c.source === 'local').map((c) => c.id);
    const files = wanted.map((id) => ({ id, text: this.get(id).text }));
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `clause-pack-${stamp}.zip`, bytes: await zipPack(files), count: files.length };
  }

  async importZip(bytes: Uint8Array): Promise<{ imported: string[]; errors: ClauseFileError[] }> {
    if (!isZip(bytes)) return { imported: [], errors: [{ path: 'pack', line: 1, message: 'the file is not a zip of clause files (.md)', severity: 'error' }] };
    try {
      // Unzipped in a worker with size, memory and time limits: the pack comes from outside.
      return this.importFiles(await unzipUntrustedPack(bytes));
    } catch (err) {
      return { imported: [], errors: [{ path: 'pack', line: 1, message: (err as Error).message, severity: 'error' }] };
    }
  }

  /** All or nothing: every file is checked first, and one error keeps the whole pack out. */
  importFiles(files: readonly ClauseSourceFile[]): { imported: string[]; errors: ClauseFileError[] } {
    const store = this.mustHaveWorkspace();
    if (files.length === 0) return { imported: [], errors: [{ path: 'pack', line: 1, message: 'the pack holds no clause files (.md)', severity: 'error' }] };
    const errors: ClauseFileError[] = [];
    // Duplicate ids inside the pack are reported by the library loader, with both file names.
    errors.push(...loadClauseLibrary(files).errors.filter((e) => e.severity === 'error' && /already used by/.test(e.message)));
    const prepared = files.map((file) => this.prepare(file));
    for (const p of prepared) if ('errors' in p) errors.push(...p.errors);
    if (errors.length > 0) return { imported: [], errors };
    const ready = prepared.filter((p): p is Prepared => !('errors' in p));
    store.transaction(() => {
      for (const p of ready) if (!p.unchanged) store.insert({ id: p.clause.id, version: p.clause.version, text: p.text, retired: this.isRetired(p.clause.id) });
    });
    return { imported: ready.map((p) => p.clause.id), errors: [] };
  }

  policeForces() {
    return shippedPoliceForces(this.templatesDir);
  }

  /** The clause as it would be stored: parsed, its version set to follow the versions before it. */
  private prepare(file: ClauseSourceFile): Prepared | { errors: ClauseFileError[] } {
    const first = parseClauseFile(file.path, file.text);
    if (!first.clause) return { errors: first.errors.filter((e) => e.severity === 'error') };
    const id = first.clause.id;
    const latest = this.local?.latestOf(id);
    const shipped = this.shipped().clauses.find((c) => c.id === id);
    const previous = Math.max(latest?.version ?? 0, shipped?.version ?? 0);
    if (latest && sameWording(latest.text, file.text)) {
      const clause = parseClauseFile(file.path, latest.text).clause;
      if (clause) return { clause, text: latest.text, unchanged: true };
    }
    const version = previous > 0 ? previous + 1 : first.clause.version;
    const text = withHeaderField(file.text, 'version', String(version));
    const parsed = parseClauseFile(file.path, text);
    if (!parsed.clause) return { errors: parsed.errors.filter((e) => e.severity === 'error') };
    return { clause: parsed.clause, text, unchanged: false };
  }

  private merged(): { clauses: LibraryClause[]; errors: ClauseFileError[] } {
    const shipped = this.shipped();
    const byId = new Map<string, LibraryClause>();
    const retired = new Set<string>();
    const errors = [...shipped.errors];
    for (const clause of shipped.clauses) byId.set(clause.id, summarise(clause, 'shipped', false));
    for (const row of this.local?.latest() ?? []) {
      if (row.retired) retired.add(row.id);
      const parsed = parseClauseFile(localPath(row.id), row.text);
      errors.push(...parsed.errors);
      // A stored clause that no longer parses (the rules tightened) leaves the shipped one in place.
      if (parsed.clause) byId.set(row.id, summarise(parsed.clause, 'local', false));
    }
    const clauses = [...byId.values()].map((c) => (retired.has(c.id) ? { ...c, retired: true } : c)).sort((a, b) => a.id.localeCompare(b.id));
    return { clauses, errors };
  }

  private isRetired(id: string): boolean {
    return this.local?.latestOf(id)?.retired ?? false;
  }

  private exists(id: string): boolean {
    return Boolean(this.local?.latestOf(id)) || this.shipped().clauses.some((c) => c.id === id);
  }

  private shipped() {
    return shippedLibrary(this.templatesDir);
  }

  private mustHaveWorkspace(): LocalClauseStore {
    if (!this.local) throw new DeskError('unavailable', 'Open a workspace to keep your own clauses.');
    return this.local;
  }
}

interface Prepared {
  clause: Clause;
  text: string;
  unchanged: boolean;
}

/** Local clauses have no file on disk; messages name them as the file a pack export would write. */
function localPath(id: string): string {
  return `${id}.md`;
}

function summarise(clause: Clause, source: 'shipped' | 'local', retired: boolean): LibraryClause {
  const { sourcePath: _path, ...rest } = clause;
  return { ...rest, source, retired };
}

/** Same clause text apart from the version line the library writes itself. */
function sameWording(a: string, b: string): boolean {
  const strip = (t: string) => t.replace(/\r\n|\r/g, '\n').replace(/^version\s*:.*$/m, '').trimEnd();
  return strip(a) === strip(b);
}

function describe(errors: readonly ClauseFileError[]): string {
  return errors
    .filter((e) => e.severity === 'error')
    .map((e) => `${e.path} line ${e.line}: ${e.message}`)
    .join('; ');
}

export type { LocalClauseRow };
