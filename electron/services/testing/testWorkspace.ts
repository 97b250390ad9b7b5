import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real workspace file in a fresh temp folder, for integration tests. */
export function tempWorkspacePath(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-test-'));
  return { dir, path: join(dir, 'workspace.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
