import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClauseLibrary, parsePoliceForces, type ClauseLibrary, type PoliceForce } from '../../../core/clauses';

// The shipped files never change while the app runs, so each folder is read and parsed once per
// process however many workspaces (or e2e tests) open it.

export interface ShippedLibrary extends ClauseLibrary {
  /** The file text of each clause by id: what Edit starts from, and what a pack exports. */
  texts: Map<string, string>;
}

const libraries = new Map<string, ShippedLibrary>();
const forces = new Map<string, PoliceForce[]>();

export function shippedLibrary(templatesDir: string): ShippedLibrary {
  let library = libraries.get(templatesDir);
  if (!library) {
    const dir = join(templatesDir, 'clauses');
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ path: `templates/clauses/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    const loaded = loadClauseLibrary(files);
    const textOfPath = new Map(files.map((f) => [f.path, f.text]));
    const texts = new Map(loaded.clauses.map((c) => [c.id, textOfPath.get(c.sourcePath) ?? '']));
    library = { ...loaded, texts };
    libraries.set(templatesDir, library);
  }
  return library;
}

export function shippedPoliceForces(templatesDir: string): PoliceForce[] {
  let list = forces.get(templatesDir);
  if (!list) {
    list = parsePoliceForces(readFileSync(join(templatesDir, 'police-forces.json'), 'utf8'));
    forces.set(templatesDir, list);
  }
  return list;
}
