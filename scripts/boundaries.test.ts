import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { checkFile, checkProject } from './boundaries.mjs';

describe('import boundaries', () => {
  it('flags electron, React and Node built-ins in core', () => {
    const problems: string[] = checkFile('core/log/x.ts', `import { app } from 'electron';\nimport React from 'react';\nimport { readFileSync } from 'node:fs';\nimport path from 'path';`);
    expect(problems).toHaveLength(4);
  });

  it('flags a renderer file reaching into electron/ or Node', () => {
    const problems: string[] = checkFile('renderer/src/a.tsx', `import { DeskService } from '../../electron/services/deskService';\nconst fs = require('fs');`);
    expect(problems.join('\n')).toMatch(/may import only renderer/);
    expect(problems.join('\n')).toMatch(/no Node built-ins/);
  });

  it("allows 'electron' only in electron/shell", () => {
    expect(checkFile('electron/shell/main.ts', `import { app } from 'electron';`)).toEqual([]);
    expect(checkFile('electron/services/x.ts', `import { app } from 'electron';`)).toHaveLength(1);
    expect(checkFile('electron/cli.ts', `const e = await import('electron');`)).toHaveLength(1);
  });

  it('lets core tests read fixtures but not import electron', () => {
    expect(checkFile('core/intake/corpus.test.ts', `import { readFileSync } from 'node:fs';`)).toEqual([]);
    expect(checkFile('core/intake/corpus.test.ts', `import 'electron';`)).toHaveLength(1);
  });

  it('passes on this project', () => {
    const { files, problems } = checkProject('.');
    expect(files).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
