import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/api/errors';
import { buildTestDocx } from '../testing/testDocxFile';
import { docxBomb, repeatedDeflate, writeZip, type RawZipEntry } from '../testing/hostileFiles';
import { readDocx } from './readDocx';

// Issue 12: a 485 KB .docx that unpacked to 200 MB was accepted after 2.6 GB of memory. Before
// this fix, mammoth unzipped it with JSZip and converted all of it: here a 72 KB file unpacking to
// 20 MB took 43 s and 2.6 GB; the full 200 MB one passed 4 GB and was stopped by hand.

const MB = 1024 * 1024;
const LETTER = ['Dear team,', { text: 'How many parks are there?', level: 0 as const }];

async function refused(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeskError);
  return (err as DeskError).message;
}

async function entriesOf(docx: Uint8Array): Promise<RawZipEntry[]> {
  const zip = await JSZip.loadAsync(docx);
  const out: RawZipEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const bytes = Buffer.from(await file.async('uint8array'));
    out.push({ name, data: deflateRawSync(bytes), method: 8, declaredSize: bytes.length });
  }
  return out;
}

describe('readDocx on hostile documents', () => {
  it('refuses the document that unpacks to 200 MB by its declared size, in milliseconds', async () => {
    const bomb = await docxBomb(await buildTestDocx(['Dear team,']), { megabytes: 200, honest: true });
    const started = performance.now();
    expect(await refused(readDocx('bomb.docx', bomb))).toBe(
      'bomb.docx is too large to read safely: word/document.xml unpacks to 200 MB, over the limit of 8 MB for one file. Save the letter again without pictures or embedded files, or paste the text instead.',
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops unpacking at the declared size when the header lies', async () => {
    const bomb = await docxBomb(await buildTestDocx(['Dear team,']), { megabytes: 200, honest: false });
    const rssBefore = process.memoryUsage().rss;
    expect(await refused(readDocx('liar.docx', bomb))).toMatch(/^liar\.docx is too large to read safely: word\/document\.xml unpacks to more than the 4 KB its header declares\./);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MB);
  });

  it('holds the parts it reads to a total', async () => {
    const parts = await entriesOf(await buildTestDocx(LETTER));
    const total = parts.reduce((sum, p) => sum + p.declaredSize, 0);
    expect(await refused(readDocx('many.docx', writeZip(parts), { maxEntries: 100, maxEntryBytes: MB, maxTotalBytes: total - 1 }))).toMatch(/^many\.docx is too large to read safely: its files unpack to over/);
  });

  it('never unpacks pictures: a 512 MB one does not stop the text being read', async () => {
    const parts = await entriesOf(await buildTestDocx(LETTER));
    parts.push({ name: 'word/media/image1.png', data: repeatedDeflate(Buffer.alloc(0), Buffer.alloc(MB), 512, Buffer.alloc(0)), method: 8, declaredSize: 512 * MB });
    const file = await readDocx('pictures.docx', writeZip(parts));
    expect(file.text).toBe('Dear team,\n1. How many parks are there?');
  });
});
