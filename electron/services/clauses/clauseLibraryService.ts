import { parseClauseFile, type Clause, type ClauseFileError, type ClauseSourceFile } from '../../../core/clauses';
import { loadClauseLibrary } from '../../../core/clauses/loadClauseLibrary';
import type { ClauseDetail, LibraryClause } from '../../../core/api/clauseContract';
import { DeskError } from '../../../core/api/errors';
import type { ClauseRowStore } from '../store/areaStores';
import type { WorkspaceStore } from '../store/caseStore';
import { idInText, quoted, withHeaderField } from './clauseText';
import type { LocalClauseRow } from './localClauseStore';
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
 * The local clauses are read from the workspace's store (SQLite or a team's PostgreSQL), so every
 * method that may touch them answers with a promise.
 */
export class ClauseLibraryService {
  private readonly local: ClauseRowStore | null;

  constructor(
    workspace: Pick<WorkspaceStore, 'clauseRows' | 'transaction'> | null,
    private readonly templatesDir: string = findTemplatesDir(),
  ) {
    this.local = workspace?.clauseRows ?? null;
    this.transaction = workspace ? (body) => workspace.transaction(body) : (body) => Promise.resolve(body());
  }

  private readonly transaction: <T>(body: () => Promise<T>) => Promise<T>;

  /** Every usable clause, newest version of each id, sorted by id. */
  async list(includeRetired = false): Promise<LibraryClause[]> {
    return (await this.merged()).clauses.filter((c) => includeRetired || !c.retired);
  }

  /** Problems in shipped files and in stored local clauses; the rest of the library still loads. */
  async errors(): Promise<ClauseFileError[]> {
    return (await this.merged()).errors;
  }

  async get(id: string, version?: number): Promise<ClauseDetail> {
    const local = this.local && (version === undefined ? await this.local.latestOf(id) : await this.local.version(id, version));
    if (local) {
      const parsed = parseClauseFile(localPath(id), local.text);
      if (parsed.clause) return { ...summarise(parsed.clause, 'local', await this.isRetired(id)), text: local.text };
      if (version !== undefined) throw new DeskError('invalid-input', `Version ${version} of clause ${id} no longer reads as a clause: ${describe(parsed.errors)}`);
    }
    const shipped = this.shipped();
    const clause = shipped.clauses.find((c) => c.id === id);
    if (clause && (version === undefined || version === clause.version)) {
      return { ...summarise(clause, 'shipped', await this.isRetired(id)), text: shipped.texts.get(id) ?? '' };
    }
    throw new DeskError('not-found', version === undefined ? `There is no clause "${id}" in the library.` : `Version ${version} of clause "${id}" is not in the library.`);
  }

  /**
   * Saves the text as the clause's next version. Malformed text is refused with the parser's
   * line-numbered messages and nothing is stored. Saving unchanged text adds no version.
   */
  async save(text: string): Promise<ClauseDetail> {
    const store = this.mustHaveWorkspace();
    const candidate = await this.prepare({ path: localPath(idInText(text) ?? 'new-clause'), text });
    if ('errors' in candidate) throw new DeskError('invalid-input', `The clause was not saved: ${describe(candidate.errors)}`);
    const { clause, text: versioned, unchanged } = candidate;
    if (!unchanged) await store.insert({ id: clause.id, version: clause.version, text: versioned, retired: await this.isRetired(clause.id) });
    return this.get(clause.id);
  }

  async duplicate(id: string, newId: string): Promise<ClauseDetail> {
    if (await this.exists(newId)) throw new DeskError('conflict', `The library already has a clause "${newId}". Choose another id for the copy.`);
    const original = await this.get(id);
    let text = withHeaderField(original.text, 'id', newId);
    text = withHeaderField(text, 'title', quoted(`${original.title} (copy)`));
    text = withHeaderField(text, 'version', '1');
    return this.save(text);
  }

  /** Retiring changes no wording, so it marks the newest version rather than adding one. */
  async retire(id: string, retired: boolean): Promise<LibraryClause> {
    const store = this.mustHaveWorkspace();
    const current = await this.get(id);
    const latest = await store.latestOf(id);
    if (latest) await store.setRetired(id, latest.version, retired);
    else await store.insert({ id, version: current.version, text: current.text, retired });
    const { text: _text, ...summary } = await this.get(id);
    return summary;
  }

  async exportPack(ids?: readonly string[]): Promise<{ fileName: string; bytes: Uint8Array; count: number }> {
    // By default the team's own work: the shipped wording is already on every installation.
    const wanted = ids ?? (await this.list(true)).filter((c) => c.source === 'local').map((c) => c.id);
    const files = [];
    for (const id of wanted) files.push({ id, text: (await this.get(id)).text });
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
  async importFiles(files: readonly ClauseSourceFile[]): Promise<{ imported: string[]; errors: ClauseFileError[] }> {
    const store = this.mustHaveWorkspace();
    if (files.length === 0) return { imported: [], errors: [{ path: 'pack', line: 1, message: 'the pack holds no clause files (.md)', severity: 'error' }] };
    const errors: ClauseFileError[] = [];
    // Duplicate ids inside the pack are reported by the library loader, with both file names.
    errors.push(...loadClauseLibrary(files).errors.filter((e) => e.severity === 'error' && /already used by/.test(e.message)));
    const prepared = [];
    for (const file of files) prepared.push(await this.prepare(file));
    for (const p of prepared) if ('errors' in p) errors.push(...p.errors);
    if (errors.length > 0) return { imported: [], errors };
    const ready = prepared.filter((p): p is Prepared => !('errors' in p));
    await this.transaction(async () => {
      for (const p of ready) if (!p.unchanged) await store.insert({ id: p.clause.id, version: p.clause.version, text: p.text, retired: await this.isRetired(p.clause.id) });
    });
    return { imported: ready.map((p) => p.clause.id), errors: [] };
  }

  policeForces() {
    return shippedPoliceForces(this.templatesDir);
  }

  /** The clause as it would be stored: parsed, its version set to follow the versions before it. */
  private async prepare(file: ClauseSourceFile): Promise<Prepared | { errors: ClauseFileError[] }> {
    const first = parseClauseFile(file.path, file.text);
    if (!first.clause) return { errors: first.errors.filter((e) => e.severity === 'error') };
    const id = first.clause.id;
    const latest = await this.local?.latestOf(id);
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

  private async merged(): Promise<{ clauses: LibraryClause[]; errors: ClauseFileError[] }> {
    const shipped = this.shipped();
    const byId = new Map<string, LibraryClause>();
    const retired = new Set<string>();
    const errors = [...shipped.errors];
    for (const clause of shipped.clauses) byId.set(clause.id, summarise(clause, 'shipped', false));
    for (const row of (await this.local?.latest()) ?? []) {
      if (row.retired) retired.add(row.id);
      const parsed = parseClauseFile(localPath(row.id), row.text);
      errors.push(...parsed.errors);
      // A stored clause that no longer parses (the rules tightened) leaves the shipped one in place.
      if (parsed.clause) byId.set(row.id, summarise(parsed.clause, 'local', false));
    }
    const clauses = [...byId.values()].map((c) => (retired.has(c.id) ? { ...c, retired: true } : c)).sort((a, b) => a.id.localeCompare(b.id));
    return { clauses, errors };
  }

  private async isRetired(id: string): Promise<boolean> {
    return (await this.local?.latestOf(id))?.retired ?? false;
  }

  private async exists(id: string): Promise<boolean> {
    return Boolean(await this.local?.latestOf(id)) || this.shipped().clauses.some((c) => c.id === id);
  }

  private shipped() {
    return shippedLibrary(this.templatesDir);
  }

  private mustHaveWorkspace(): ClauseRowStore {
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
