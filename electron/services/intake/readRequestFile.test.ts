import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../../core/api/errors';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { buildTestDocx } from '../testing/testDocxFile';
import { buildTestMsg } from '../testing/testMsgFile';
import { docxBomb, htmlOnlyEmail, manyListItems, manyUnclosedStyles, msgClaimingFatSectors, msgThatLoops } from '../testing/hostileFiles';
import { parseRequestFile } from './parseRequestFile';
import { readRequestFile } from './readRequestFile';

// readRequestFile is parseRequestFile (tested in parseRequestFile.test.ts) run in a worker thread
// with a memory cap and a time limit. These tests are the hostile files of issue 12, read the way
// the app and the CLI read them, and the proof that the reading process survives each one.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

async function refusal(promise: Promise<unknown>): Promise<DeskError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeskError);
  expect((err as DeskError).code).toBe('invalid-input');
  // One line for the officer: no stack, no newline.
  expect((err as DeskError).message).not.toMatch(/\n/);
  return err as DeskError;
}

describe('readRequestFile: parsed in a worker', () => {
  it('gives the same answer as parsing in this thread, and the same refusals', async () => {
    const msg = buildTestMsg({ subject: 'FOI', body: '1. Who?\r\n2. When?', senderName: 'Ola Nowak', senderEmail: 'ola@example.org', delivered: new Date(Date.UTC(2025, 0, 6, 9)) });
    expect(await readRequestFile('request.msg', msg)).toEqual(await parseRequestFile('request.msg', msg));
    expect(await readRequestFile('request.eml', fixture('request.eml'))).toEqual(await parseRequestFile('request.eml', fixture('request.eml')));
    const refused = await refusal(readRequestFile('letter.eml', fixture('request.txt')));
    expect(refused.message).toMatch(/^letter\.eml is not an email message/);
    // The cheap checks are made before any worker is started.
    expect((await refusal(readRequestFile('scan.pdf', fixture('request.txt')))).message).toMatch(/^scan\.pdf is not a file Disclosure Desk can read/);
  });

  it('refuses the 4.6 KB .msg whose header claims 2^31 FAT sectors at the header, without parsing it', async () => {
    // Before: msgreader appended FAT sector numbers until the heap was exhausted and the process
    // aborted (with a 200 MB heap, in about 2 s; with the app's default heap, after ~40 s).
    const crafted = msgClaimingFatSectors();
    expect(crafted.length).toBe(4608);
    const started = performance.now();
    const inThread = await refusal(parseRequestFile('crafted.msg', crafted));
    expect(performance.now() - started).toBeLessThan(500);
    expect(inThread.message).toBe('crafted.msg could not be read as an Outlook message. Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.');
    expect((await refusal(readRequestFile('crafted.msg', crafted))).message).toBe(inThread.message);
  });

  it('refuses a .msg whose sector chain or directory tree loops, which the header does not give away', async () => {
    // Before: msgreader followed the loop until the heap was exhausted (19 s and 23 s to abort with
    // a 512 MB heap). Now the structure is checked first, in time linear in the file's size.
    for (const loop of ['fat', 'tree'] as const) {
      const started = performance.now();
      expect((await refusal(parseRequestFile(`${loop}.msg`, msgThatLoops(loop)))).message).toMatch(new RegExp(`^${loop}\\.msg could not be read as an Outlook message\\.`));
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('stops a file that passes every check but needs too much memory: one line, and this process carries on', async () => {
    // 4 MB of Word paragraphs is within the size limits, but mammoth needs about 550 MB to convert
    // it: with a 64 MB cap the worker is stopped, as a hostile file past the checks would be.
    const dense = await docxBomb(await buildTestDocx(['Dear team,']), { megabytes: 4, honest: true });
    const heapBefore = process.memoryUsage().heapUsed;
    const err = await refusal(readRequestFile('dense.docx', dense, { heapMb: 64, timeoutMs: 15_000 }));
    expect(err.message).toBe(
      'dense.docx needed more than 64 MB of memory to read, far more than any real request, so reading it was stopped. It may be damaged or made to cause harm: ask the sender for a fresh copy, or paste the text instead.',
    );
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    // The next file reads normally.
    expect((await readRequestFile('request.txt', fixture('request.txt'))).sourceKind).toBe('txt');
  });

  it('stops a read that runs past the time limit, and this thread stays free while it runs', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    try {
      // Starting a worker alone takes longer than 50 ms, so this read cannot finish in time.
      const err = await refusal(readRequestFile('slow.eml', fixture('request.eml'), { heapMb: 256, timeoutMs: 50 }));
      expect(err.message).toMatch(/^slow\.eml took over 0\.1 seconds to read, far longer than any real request, so reading it was stopped\. /);
    } finally {
      clearInterval(ticker);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses the .docx that unpacks to 200 MB before unpacking it', async () => {
    // Before: accepted after converting 200 MB of XML (2.6 GB of memory in the report).
    const bomb = await docxBomb(await buildTestDocx(['Dear team,']), { megabytes: 200, honest: true });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const err = await refusal(readRequestFile('bomb.docx', bomb));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(err.message).toBe(
      'bomb.docx is too large to read safely: word/document.xml unpacks to 200 MB, over the limit of 8 MB for one file. Save the letter again without pictures or embedded files, or paste the text instead.',
    );
  });

  it('reads an HTML-only email with 40,000 list items or 400,000 unclosed <style> well inside the time limit', async () => {
    // Before: 26 s (40 s on this machine) and over 5 minutes, in the app's own process.
    const limits = { heapMb: 512, timeoutMs: 15_000 };
    const list = await readRequestFile('list.eml', htmlOnlyEmail(manyListItems(40_000)), limits);
    expect(list.text.split('\n')).toHaveLength(40_001);
    expect(list.text.split('\n').at(-1)).toBe('40000. How many?');
    const styles = await readRequestFile('styles.eml', htmlOnlyEmail(manyUnclosedStyles(400_000)), limits);
    expect(styles.text).toBe('Dear team,');
  });
});

describe('the built app reads through the built worker', () => {
  // The build stage of `npm test` runs before this suite (scripts/test.mjs). The worker is a file of
  // its own in dist/, found beside (or one folder above) the bundle that starts it.
  const dist = (path: string) => new URL(`../../../dist/${path}`, import.meta.url).pathname;

  it('writes the worker beside the CLI and the Electron main bundle, and the CLI uses it', () => {
    for (const path of ['cli.js', 'untrustedWorker.mjs', 'electron/main.mjs', 'electron/untrustedWorker.mjs']) {
      expect(existsSync(dist(path)), `dist/${path} is missing: run "npm run build" first`).toBe(true);
    }
    const ws = tempWorkspacePath();
    try {
      const crafted = join(ws.dir, 'crafted.msg');
      writeFileSync(crafted, msgClaimingFatSectors());
      const refused = spawnSync('node', [dist('cli.js'), 'split', crafted], { encoding: 'utf8', timeout: 15_000 });
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^desk split: crafted\.msg could not be read as an Outlook message\. /)]);
      const read = spawnSync('node', [dist('cli.js'), 'split', new URL('./fixtures/request.eml', import.meta.url).pathname], { encoding: 'utf8', timeout: 15_000 });
      expect(read.stderr).toBe('');
      expect(JSON.parse(read.stdout).questions.map((q: { number: string }) => q.number)).toEqual(['1', '2', '2.a', '2.b', '3']);
    } finally {
      ws.cleanup();
    }
  });
});
