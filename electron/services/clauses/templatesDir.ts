import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeskError } from '../../../core/api/errors';

// The shipped templates are read at run time, so a lawyer's correction to a clause file needs no
// rebuild. This module is bundled into dist/cli.js and dist/electron/main.mjs and also runs from
// source (tests, tsx), each at a different depth below the project root (or app.asar), so the
// folder is found by walking up from wherever this code is, not by a fixed relative path.

const MARKER = join('templates', 'clauses');

/** The folder holding clauses/ and police-forces.json. DESK_TEMPLATES overrides, for packagers. */
export function findTemplatesDir(from: string = fileURLToPath(import.meta.url)): string {
  const override = process.env['DESK_TEMPLATES'];
  if (override) return resolve(override);
  const starts = [dirname(from), process.cwd()];
  for (const start of starts) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, MARKER))) return join(dir, 'templates');
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new DeskError('unavailable', `The shipped clause library (templates/clauses) was not found near ${dirname(from)}. Reinstall Disclosure Desk, or set DESK_TEMPLATES to the templates folder.`);
}
