// What a built entry loads before its first line runs: its top-level (static) import statements,
// followed through the relative files they name (the CLI's shared chunks). Dynamic import() is not
// followed: that is how code is loaded only when it is needed. Used by scripts/builtEntries.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// esbuild writes each top-level statement from column 0; code inside functions is indented.
const STATIC_IMPORT = /^(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/gm;

/** The specifiers of one file's top-level import and re-export statements. */
export function staticImportsOf(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** Every package a built file loads at start: package specifier -> the built files that import it. */
export function packagesLoadedAtStart(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImportsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else packages.set(spec, [...(packages.get(spec) ?? []), path.basename(file)]);
    }
  };
  visit(entry);
  return packages;
}

/** The packages too heavy to load before they are needed (issue 13: `desk --help` took 0.9 s). */
export const HEAVY_PACKAGES = ['docx', 'zod', 'date-holidays', '@tiptap/', 'better-sqlite3', 'mammoth', 'jszip', 'happy-dom', 'playwright-core'];

/** The heavy packages among `specifiers` (subpaths count: zod/v4, @tiptap/pm/model…). */
export function heavyAmong(specifiers: Iterable<string>): string[] {
  return [...specifiers].filter((s) => HEAVY_PACKAGES.some((h) => (h.endsWith('/') ? s.startsWith(h) : s === h || s.startsWith(`${h}/`))));
}
