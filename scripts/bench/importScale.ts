import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBundle } from './synthetic';

/**
 * Imports `cases` × 10 answered questions through the built `desk import`, as an officer restoring a
 * backup would, and reports the wall time (including Node's start) and the peak memory of the
 * process. The heap is capped so that the figure is what the import needs, not what V8 chose to
 * keep: uncapped, V8 lets garbage pile up while memory is plentiful.
 */
export function benchImportScale(cases: number, heapCapMb: number): { ms: number; peakRssMb: number | null; ok: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-import-bench-'));
  try {
    const bundle = join(dir, 'bundle.json');
    writeFileSync(bundle, JSON.stringify(syntheticBundle(cases, 10, { answered: true })));
    // GNU time reports the child's peak resident set; without it the time alone is given.
    const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'peak-rss-kb %M'] : [];
    const command = [...timer, process.execPath, `--max-old-space-size=${heapCapMb}`, 'dist/cli.js', 'import', '--db', join(dir, 'w.sqlite'), bundle];
    const t0 = performance.now();
    const r = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    const ms = performance.now() - t0;
    const kb = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
    return { ms, peakRssMb: kb ? Math.round(Number(kb) / 1024) : null, ok: r.status === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
