import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The stage must be able to fail: an unisolated window, missing navigation and permission handlers, or
// a file the tool cannot parse, each with a line that says what to do.
const SCRIPT = path.resolve('scripts/electronegativity/run.mjs');
let folder = '';
afterEach(() => void (folder && rmSync(folder, { recursive: true, force: true })));

function scan(files: Record<string, string>) {
  folder = mkdtempSync(path.join(tmpdir(), 'desk-electronegativity-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return spawnSync(process.execPath, [SCRIPT, folder], { encoding: 'utf8', timeout: 120_000 });
}

// That electron/shell passes is the stage itself (scripts/test.mjs), not repeated here.
describe('the electronegativity stage', () => {
  it('fails a window without isolation or sandbox, missing handlers, and a file it cannot parse', () => {
    const r = scan({
      'badWindow.ts': "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      'broken.ts': 'export const = ;\n',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FAIL CONTEXT_ISOLATION_JS_CHECK badWindow\.ts/);
    expect(r.stderr).toMatch(/FAIL SANDBOX_JS_CHECK badWindow\.ts/);
    // No navigation limits and no permission handler in that folder: both reported.
    expect(r.stderr).toMatch(/FAIL LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(r.stderr).toMatch(/FAIL PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
    expect(r.stderr).toMatch(/FAIL could not parse .*broken\.ts/);
    // And the suppressions that match nothing in that folder are called stale.
    expect(r.stderr).toMatch(/FAIL suppression OPEN_EXTERNAL_JS_CHECK menu\.ts matches nothing any more/);
  }, 120_000);
});
