// Feeds the project's own ESLint config files that break each rule, and files that keep them, so a
// rule that stops firing (a glob that no longer matches, an option typo) fails here, not in review.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.mjs') });
});

/** The rules that fire on `code` as if it were the file at `path` (relative to the project). */
async function lint(path: string, code: string): Promise<Array<{ rule: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  if (!result) throw new Error(`ESLint returned no result for ${path}`);
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const rules = async (path: string, code: string) => (await lint(path, code)).map((m) => m.rule);

describe('folder import rules (desk/allowed-imports)', () => {
  const refusedInCoreAndRenderer: Array<[string, string]> = [
    ['better-sqlite3', "import Database from 'better-sqlite3';\nvoid Database;"],
    ['docx', "import { Document } from 'docx';\nvoid Document;"],
    ['playwright-core', "import { chromium } from 'playwright-core';\nvoid chromium;"],
    ['node:fs', "import { readFileSync } from 'node:fs';\nvoid readFileSync;"],
    ['a bare built-in', "import path from 'path';\nvoid path;"],
    ['electron', "import { app } from 'electron';\nvoid app;"],
    ['a re-export of electron', "export { app } from 'electron';"],
    ['a dynamic import', "export const load = () => import('docx');"],
    ['a require', "export const fs = require('node:fs');"],
    ['the electron/ folder', "import { DeskService } from '../../electron/services/deskService';\nvoid DeskService;"],
  ];

  it.each(refusedInCoreAndRenderer)('refuses %s in core/', async (_what, code) => {
    expect(await rules('core/documents/example.ts', code)).toContain('desk/allowed-imports');
  });

  it.each(refusedInCoreAndRenderer)('refuses %s in renderer/', async (_what, code) => {
    // One folder deeper than core/documents, so the relative import still lands in electron/.
    expect(await rules('renderer/src/case/example.ts', code.replace("'../../electron", "'../../../electron"))).toContain('desk/allowed-imports');
  });

  it('refuses React in core/ and lets the renderer use it', async () => {
    const code = "import { useState } from 'react';\nexport const s = useState;";
    expect(await rules('core/model/example.ts', code)).toEqual(['desk/allowed-imports']);
    expect(await rules('renderer/src/example.ts', code)).toEqual([]);
  });

  it('lets core/ use its packages and its own folders, and the renderer reach core/', async () => {
    expect(await rules('core/model/example.ts', "import { z } from 'zod';\nimport { addDays } from '../deadlines/isoDate';\nexport const x = [z, addDays];")).toEqual([]);
    expect(await rules('renderer/src/example.ts', "import { emptyDoc } from '../../core/model';\nexport const x = emptyDoc;")).toEqual([]);
  });

  it("says why: only electron/shell imports 'electron'", async () => {
    const [first] = await lint('electron/services/example.ts', "import { app } from 'electron';\nvoid app;");
    expect(first?.message).toMatch(/only electron\/shell imports 'electron'/);
  });

  it("keeps 'electron' out of every folder but electron/shell, dynamic imports included", async () => {
    const code = "export const load = () => import('electron');";
    for (const path of ['electron/services/example.ts', 'electron/cli.ts', 'electron/cli/example.ts', 'e2e/example.spec.ts', 'scripts/example.mjs']) {
      expect(await rules(path, code), path).toContain('desk/allowed-imports');
    }
    expect(await rules('electron/shell/example.ts', code)).toEqual([]);
  });

  it('keeps electron/services out of the renderer and the shell', async () => {
    expect(await rules('electron/services/example.ts', "import { x } from '../../renderer/src/desk';\nvoid x;")).toEqual(['desk/allowed-imports']);
    expect(await rules('electron/services/example.ts', "import { x } from '../shell/ipc';\nvoid x;")).toEqual(['desk/allowed-imports']);
  });

  it('sees through a type assertion on the name', async () => {
    expect(await rules('core/documents/example.ts', "export const load = () => import('docx' as string);")).toEqual(['desk/allowed-imports']);
  });

  it('refuses an import whose name is computed, which no rule could check', async () => {
    const found = await lint('core/documents/example.ts', 'export const load = (name: string) => import(name);');
    expect(found.map((m) => m.rule)).toEqual(['desk/allowed-imports']);
    expect(found[0]?.message).toMatch(/computed at run time/);
  });

  it('lets the CLI and service tests read exports back with any installed package, but never electron', async () => {
    expect(await rules('electron/cli/example.test.ts', "import JSZip from 'jszip';\nvoid JSZip;")).toEqual([]);
    expect(await rules('electron/services/example.test.ts', "import mammoth from 'mammoth';\nvoid mammoth;")).toEqual([]);
    expect(await rules('electron/cli/example.test.ts', "export const e = () => import('electron');")).toEqual(['desk/allowed-imports']);
    expect(await rules('electron/cli/example.ts', "import JSZip from 'jszip';\nvoid JSZip;")).toEqual(['desk/allowed-imports']);
  });

  it('lets tests beside core/ read fixtures with Node, but never import electron', async () => {
    expect(await rules('core/intake/example.test.ts', "import { readFileSync } from 'node:fs';\nimport { it } from 'vitest';\nvoid [readFileSync, it];")).toEqual([]);
    expect(await rules('core/intake/example.test.ts', "import 'electron';")).toEqual(['desk/allowed-imports']);
  });
});

describe('product code ships without devDependencies (desk/no-dev-dependencies)', () => {
  it('refuses a devDependency in product code, dynamic imports included', async () => {
    expect(await rules('electron/services/intake/example.ts', "import CFB from 'cfb';\nvoid CFB;")).toContain('desk/no-dev-dependencies');
    expect(await rules('electron/cli/example.ts', "export const build = () => import('esbuild');")).toContain('desk/no-dev-dependencies');
    expect(await rules('renderer/src/example.ts', "export const t = () => import('@testing-library/react');")).toContain('desk/no-dev-dependencies');
  });

  it('names the fix', async () => {
    const found = await lint('electron/services/example.ts', "import CFB from 'cfb';\nvoid CFB;");
    expect(found.find((m) => m.rule === 'desk/no-dev-dependencies')?.message).toMatch(/'cfb' is a devDependency.*Move it to dependencies/);
  });

  it('lets tests and test helpers use them', async () => {
    expect(await rules('electron/services/intake/example.test.ts', "import CFB from 'cfb';\nvoid CFB;")).toEqual([]);
    expect(await rules('electron/services/testing/msgFile.ts', "import CFB from 'cfb';\nvoid CFB;")).toEqual([]);
  });

  it("lets electron/shell import 'electron', which the runtime provides", async () => {
    expect(await rules('electron/shell/example.ts', "import { app } from 'electron';\nvoid app;")).toEqual([]);
  });
});

describe("React's rules of hooks", () => {
  it('refuses a hook called after an early return (as EditorToolbar once did)', async () => {
    const code = [
      "import { useState } from 'react';",
      'export function Toolbar({ editor }: { editor: string | null }) {',
      '  if (!editor) return null;',
      '  const [draft] = useState(editor);',
      '  return draft;',
      '}',
    ].join('\n');
    expect(await rules('renderer/src/editor/Example.tsx', code)).toEqual(['react-hooks/rules-of-hooks']);
  });

  it('refuses an effect that leaves out what it reads', async () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function Title({ title }: { title: string }) {',
      '  useEffect(() => {',
      '    document.title = title;',
      '  }, []);',
      '  return null;',
      '}',
    ].join('\n');
    expect(await rules('renderer/src/Example.tsx', code)).toEqual(['react-hooks/exhaustive-deps']);
  });
});
