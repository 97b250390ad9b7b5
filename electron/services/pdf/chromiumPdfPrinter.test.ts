import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumPdfPrinter } from './chromiumPdfPrinter';
import { inspectPdf } from './pdfInspection';

// Real Chromium (the system one), real PDFs read back with poppler: the printer's reuse must not
// cost a document its tags or outline, nor let one document's words into another's PDF.
const doc = (word: string) => `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Doc ${word}</title></head>
<body><main><h1>Heading ${word}</h1><p>Only the word ${word} is in this document.</p><h2>Part ${word}</h2><p>More about ${word}.</p></main></body></html>`;

describe('ChromiumPdfPrinter', () => {
  let printer: ChromiumPdfPrinter;
  afterEach(async () => printer?.dispose());

  it('starts the browser once and prints every later document on the same page', async () => {
    printer = new ChromiumPdfPrinter();
    const first = inspectPdf(await printer.print(doc('alpha')));
    expect(printer.lastTimings).toMatchObject({ warm: false, printsOnPage: 1 });
    const second = inspectPdf(await printer.print(doc('bravo')));
    expect(printer.lastTimings).toMatchObject({ warm: true, printsOnPage: 2 });
    // Still tagged with its own title and bookmarks, and nothing left over from the first document.
    expect(second).toMatchObject({ tagged: true, title: 'Doc bravo', lang: 'en-GB' });
    expect(second.outlineTitles.map((o) => o.title)).toEqual(['Heading bravo', 'Part bravo']);
    expect(second.text).not.toContain('alpha');
    expect(first.text).toContain('Only the word alpha');
  }, 60_000);

  it('prints documents asked for at the same time one after another, each with only its own words', async () => {
    printer = new ChromiumPdfPrinter();
    const words = ['charlie', 'delta', 'echo'];
    const pdfs = await Promise.all(words.map((w) => printer.print(doc(w))));
    pdfs.forEach((bytes, i) => {
      const { text, title } = inspectPdf(bytes);
      expect(title).toBe(`Doc ${words[i]}`);
      for (const other of words.filter((_, j) => j !== i)) expect(text).not.toContain(other);
    });
    expect(printer.lastTimings?.printsOnPage).toBe(3);
  }, 60_000);

  it('can be warmed before the first print, and starts again after dispose', async () => {
    printer = new ChromiumPdfPrinter();
    await printer.warm();
    await printer.print(doc('foxtrot'));
    expect(printer.lastTimings).toMatchObject({ warm: true, printsOnPage: 1 });
    await printer.dispose();
    expect(inspectPdf(await printer.print(doc('golf'))).text).toContain('golf');
    expect(printer.lastTimings).toMatchObject({ warm: false, printsOnPage: 1 });
  }, 60_000);

  it('reports a missing browser at print, not at warm, and says what to do', async () => {
    printer = new ChromiumPdfPrinter({ executablePath: '/nowhere/chromium' });
    await expect(printer.warm()).resolves.toBeUndefined();
    await expect(printer.print(doc('hotel'))).rejects.toThrow(/No browser at \/nowhere\/chromium/);
  });
});

describe('ChromiumPdfPrinter over the DevTools pipe', () => {
  let printer: ChromiumPdfPrinter;
  afterEach(async () => printer?.dispose());

  it('starts afresh when its browser has died, and deletes each browser\'s profile when done', async () => {
    printer = new ChromiumPdfPrinter();
    await printer.print(doc('india'));
    const first = (await printer.browser())!;
    const closed = new Promise<void>((resolve) => first.on('Inspector.detached', () => resolve()));
    process.kill(first.pid!, 'SIGKILL');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(inspectPdf(await printer.print(doc('juliet'))).text).toContain('juliet');
    expect(printer.lastTimings).toMatchObject({ warm: false, printsOnPage: 1 });
    expect(existsSync(first.profile)).toBe(false);
    const second = (await printer.browser())!;
    await printer.dispose();
    expect(existsSync(second.profile)).toBe(false);
  }, 60_000);

  it('fails a print whose browser dies midway with a clear message, and prints the next on a fresh browser', async () => {
    printer = new ChromiumPdfPrinter();
    await printer.print(doc('kilo'));
    const dying = (await printer.browser())!;
    const long = `<!DOCTYPE html><html lang="en-GB"><head><title>Long</title></head><body>${'<p>Many words in many paragraphs.</p>'.repeat(20_000)}</body></html>`;
    const printing = printer.print(long);
    setTimeout(() => process.kill(dying.pid!, 'SIGKILL'), 100);
    await expect(printing).rejects.toThrow(/The browser that prints PDFs stopped \(ended by SIGKILL\)\. Try the export again/);
    expect(inspectPdf(await printer.print(doc('lima'))).text).toContain('lima');
    expect(printer.lastTimings).toMatchObject({ warm: false, printsOnPage: 1 });
  }, 60_000);

  it('refuses every request a document makes, and still prints the images it embeds', async () => {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      printer = new ChromiumPdfPrinter();
      // A 1 × 1 PNG, embedded as the letter's logo is.
      const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
      const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Offline</title>
<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head><body><main><h1>Offline</h1>
<img alt="Logo" src="data:image/png;base64,${png}" width="40" height="40">
<img alt="Tracker" src="http://127.0.0.1:${port}/pixel.png"><iframe title="Frame" src="http://127.0.0.1:${port}/frame"></iframe></main></body></html>`;
      const pdf = await printer.print(html);
      expect(asked).toEqual([]);
      expect(inspectPdf(pdf)).toMatchObject({ tagged: true, title: 'Offline' });
      const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-images-'));
      try {
        writeFileSync(join(dir, 'doc.pdf'), pdf);
        // pdfimages -list: page, num, type, width, height…; the refused image shows as Chromium's broken-image icon.
        const rows = execFileSync('pdfimages', ['-list', join(dir, 'doc.pdf')], { encoding: 'utf8' }).split('\n').slice(2).map((l) => l.trim().split(/\s+/));
        expect(rows.filter((r) => r[2] === 'image' && r[3] === '1' && r[4] === '1')).toHaveLength(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      server.close();
    }
  }, 60_000);

  it('prints a month-sized document whole: every page, tagged, with its bookmarks and links', async () => {
    printer = new ChromiumPdfPrinter();
    const entries = Array.from({ length: 40 }, (_, i) => `<section><h2 id="e${i}">Entry ${i + 1}</h2>${'<p>Words of the answer, long enough to wrap onto a second line of the printed page at A4.</p>'.repeat(30)}<p><a href="#top">Back to top</a></p></section>`);
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Long</title></head><body><main><h1 id="top">Long</h1>${entries.join('')}</main></body></html>`;
    const facts = inspectPdf(await printer.print(html));
    expect(facts.pages).toBeGreaterThan(20);
    expect(facts.outlineTitles).toHaveLength(41);
    expect(facts.internalLinks).toHaveLength(40);
    expect(facts.internalLinks.every((l) => l.resolves)).toBe(true);
    expect(facts.text).toContain('Entry 40');
  }, 60_000);
});
