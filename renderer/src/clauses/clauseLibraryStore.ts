import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { LibraryClause } from '../../../core/api/clauseContract';
import { buildClauseIndex, type Clause, type ClauseIndex, type PoliceForce } from '../../../core/clauses';

// The library is fetched once per window and indexed once, so the palette answers each keystroke
// from memory. Anything that changes the library (save, import, retire) calls refreshLibrary.

export interface LoadedLibrary {
  clauses: LibraryClause[];
  byId: Map<string, LibraryClause>;
  index: ClauseIndex;
  forces: PoliceForce[];
}

let current: Promise<LoadedLibrary> | null = null;
let currentDesk: DeskApi | null = null;
const listeners = new Set<(library: Promise<LoadedLibrary>) => void>();

/** core's search wants a Clause; the window's clauses carry no file path, which search never reads. */
export const asClause = (c: LibraryClause): Clause => ({ ...c, sourcePath: `${c.id}.md` });

async function fetchLibrary(desk: DeskApi): Promise<LoadedLibrary> {
  const [clauses, forces] = await Promise.all([desk.listClauses({}), desk.listPoliceForces({})]);
  return { clauses, byId: new Map(clauses.map((c) => [c.id, c])), index: buildClauseIndex(clauses.map(asClause)), forces };
}

export function loadLibrary(desk: DeskApi): Promise<LoadedLibrary> {
  if (!current || currentDesk !== desk) {
    currentDesk = desk;
    current = fetchLibrary(desk);
    // A failed fetch is not cached: the next open tries again.
    current.catch(() => {
      current = null;
    });
  }
  return current;
}

export function refreshLibrary(desk: DeskApi): Promise<LoadedLibrary> {
  current = null;
  const next = loadLibrary(desk);
  for (const listener of listeners) listener(next);
  return next;
}

/** The library for a component: null while loading; error text if it could not be read. */
export function useClauseLibrary(desk: DeskApi): { library: LoadedLibrary | null; error: string | null } {
  const [state, setState] = useState<{ library: LoadedLibrary | null; error: string | null }>({ library: null, error: null });
  useEffect(() => {
    let live = true;
    const follow = (p: Promise<LoadedLibrary>) =>
      p.then(
        (library) => live && setState({ library, error: null }),
        (err: unknown) => live && setState({ library: null, error: err instanceof Error ? err.message : String(err) }),
      );
    void follow(loadLibrary(desk));
    listeners.add(follow);
    return () => {
      live = false;
      listeners.delete(follow);
    };
  }, [desk]);
  return state;
}
