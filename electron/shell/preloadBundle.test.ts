import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The build script's own preload step, so the test checks what `npm run build` ships. (A plain
// .mjs without types: the path is widened to string so TypeScript does not look for them.)
type BuildPreload = (options: { outfile: string }) => Promise<{ outfile: string; inputs: string[] }>;
const { buildPreload } = (await import('../../scripts/build-electron.mjs' as string)) as { buildPreload: BuildPreload };

const out = mkdtempSync(path.join(tmpdir(), 'desk-preload-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built preload', () => {
  it('is small, carries no zod and no contract, and requires only electron', async () => {
    const outfile = path.join(out, 'preload.cjs');
    const { inputs } = await buildPreload({ outfile });
    const text = readFileSync(outfile, 'utf8');
    // 457 KB before, 443 KB of it zod: a names-only bridge is a few kilobytes.
    expect(statSync(outfile).size).toBeLessThan(20 * 1024);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(inputs).not.toContain('core/api/contract.ts');
    expect(text).not.toMatch(/zod|ZodError|safeParse/);
    expect(text).toMatch(/require\("electron"\)/);
    expect(text).toContain('exposeInMainWorld');
  });
});
