import { afterEach, describe, expect, it } from 'vitest';
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
