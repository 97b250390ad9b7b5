import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api';
import { DeskService } from '../deskService';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { clausePackBomb } from '../testing/hostileFiles';
import { unzipPack, zipPack } from './clausePack';
import { unzipUntrustedPack } from './unzipUntrustedPack';

// Issue 12: a 6 MB clause pack that unpacked to 6 GB, every entry inflated at once with no size
// check. Before: the process's heap was exhausted and it aborted (65 s and 4.2 GB of memory here,
// with a 4 GB heap; the app's main process would simply die).

const MB = 1024 * 1024;

describe('clause pack zips from outside', () => {
  it('refuses the real 6 MB → 6 GB pack by its declared sizes, before unpacking anything', async () => {
    const bomb = clausePackBomb({ files: 12, megabytesEach: 512, honest: true });
    expect(bomb.length).toBeLessThan(7 * MB);
    const started = performance.now();
    expect(() => unzipPack(bomb)).toThrow(
      'the pack was not imported: pack/bomb-0.md unpacks to 512 MB, over the limit of 512 KB for one file. Export the pack again, or import the clause files from a folder',
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('stops at the declared size when the headers lie about it', async () => {
    const rssBefore = process.memoryUsage().rss;
    expect(() => unzipPack(clausePackBomb({ files: 12, megabytesEach: 512, honest: false }))).toThrow(/pack\/bomb-0\.md unpacks to more than the 1 KB its header declares/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MB);
  });

  it('holds the pack as a whole to its total, even when each file is within its own limit', async () => {
    // 24 files of 1 MB: each within a 2 MB limit, 24 MB together against a 4 MB total.
    const honestMany = clausePackBomb({ files: 24, megabytesEach: 1, honest: true });
    expect(() => unzipPack(honestMany, { maxEntries: 100, maxEntryBytes: 2 * MB, maxTotalBytes: 4 * MB })).toThrow(/its files unpack to over 4 MB together/);
  });

  it('still reads a pack the app exported', async () => {
    const pack = await zipPack([
      { id: 'our-a', text: '---\nid: our-a\n---\nA' },
      { id: 'our-b', text: '---\nid: our-b\n---\nB' },
    ]);
    expect(unzipPack(pack)).toEqual([
      { path: 'our-a.md', text: '---\nid: our-a\n---\nA' },
      { path: 'our-b.md', text: '---\nid: our-b\n---\nB' },
    ]);
  });

  it('unzips in a worker, where running out of memory or time ends the worker and not this process', async () => {
    const pack = await zipPack([{ id: 'our-a', text: 'A' }]);
    expect(await unzipUntrustedPack(pack)).toEqual([{ path: 'our-a.md', text: 'A' }]);
    // With the zip limits opened up (as if the size checks had a hole), the worker's heap cap is
    // what stops 12 × 64 MB of text being unpacked and decoded.
    const bomb = clausePackBomb({ files: 12, megabytesEach: 64, honest: true });
    const open = { maxEntries: 100, maxEntryBytes: 1024 * MB, maxTotalBytes: 8 * 1024 * MB };
    await expect(unzipUntrustedPack(bomb, { heapMb: 64, timeoutMs: 15_000 }, open)).rejects.toThrow(
      /^the pack was not imported: reading it needed more than 64 MB of memory, so it was stopped\. It may be damaged or made to cause harm/,
    );
  });
});

describe('importClausePack with a hostile pack', () => {
  let ws: ReturnType<typeof tempWorkspacePath>;
  let service: DeskService;
  beforeEach(async () => {
    ws = tempWorkspacePath();
    service = new DeskService(ws.path);
  });
  afterEach(async () => {
    service.close();
    ws.cleanup();
  });

  it('answers with one line saying what is wrong and what to do, and imports nothing', async () => {
    const base64 = clausePackBomb({ files: 12, megabytesEach: 512, honest: true }).toString('base64');
    const result = await dispatch(service, 'importClausePack', { base64 });
    expect(result).toEqual({
      ok: true,
      value: {
        imported: [],
        errors: [
          {
            path: 'pack',
            line: 1,
            severity: 'error',
            message: 'the pack was not imported: pack/bomb-0.md unpacks to 512 MB, over the limit of 512 KB for one file. Export the pack again, or import the clause files from a folder',
          },
        ],
      },
    });
  });
});
