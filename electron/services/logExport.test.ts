import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { dispatch } from '../../core/api/dispatch';
import type { Bundle } from '../../core/model';
import { DeskService } from './deskService';
import { attrValues, docxParts } from './docx/docxInspection';
import { inspectPdf } from './pdf/pdfInspection';
import { tempWorkspacePath } from './testing/testWorkspace';

const fixturePath = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;
const bundle = JSON.parse(readFileSync(fixturePath, 'utf8')) as Bundle;
const requesterStrings = bundle.cases.flatMap((c) => [c.requester.name, c.requester.email]);

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

async function call(method: string, input: unknown) {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { fileName: string; base64: string };
}
const bytesOf = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));

beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-06-10' });
  await service.importBundle({ bundle, replace: false });
});
afterAll(async () => {
  await service.dispose();
  ws.cleanup();
});

const MONTHS = ['2024-05', '2024-06'] as const;
const casesOf = (month: string) => bundle.cases.filter((c) => c.sent?.startsWith(month));

describe.each(MONTHS)('the %s log as DOCX', (month) => {
  let parts: Record<string, string>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const file = await call('exportLog', { month, format: 'docx' });
    expect(file.fileName).toBe(`disclosure-log-${month}.docx`);
    bytes = bytesOf(file);
    parts = await docxParts(bytes);
  });

  it('has a bookmark for every internal link: the contents and each "Back to top"', async () => {
    const doc = parts['word/document.xml']!;
    const bookmarks = new Set(attrValues(doc, 'w:bookmarkStart', 'w:name'));
    const anchors = attrValues(doc, 'w:hyperlink', 'w:anchor');
    expect(anchors.length).toBe(casesOf(month).length * 2);
    for (const a of anchors) expect(bookmarks, a).toContain(a);
    expect(anchors.filter((a) => a === 'top')).toHaveLength(casesOf(month).length);
    expect(doc).toContain('>Back to top<');
  });

  it('declares its title, subject and language, and uses heading styles with outline levels', async () => {
    expect(parts['docProps/core.xml']).toContain(`<dc:title>Disclosure log: ${month === '2024-05' ? 'May' : 'June'} 2024</dc:title>`);
    expect(parts['docProps/core.xml']).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
    expect(parts['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styles).toContain('w:ascii="Arial"');
  });

  it('has a header with the body and month, and a "Page X of Y" footer', async () => {
    const header = Object.entries(parts).find(([n]) => /word\/header\d*\.xml/.test(n))?.[1] ?? '';
    const footer = Object.entries(parts).find(([n]) => /word\/footer\d*\.xml/.test(n))?.[1] ?? '';
    expect(header).toContain('Independent Office for Police Conduct');
    expect(footer).toMatch(/Page [\s\S]*PAGE[\s\S]*of [\s\S]*NUMPAGES/);
  });

  it('reads back with every reference and title, and without any requester', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const c of casesOf(month)) {
      expect(value).toContain(c.ref);
      expect(value).toContain(c.title);
    }
    const allXml = Object.values(parts).join('\n');
    for (const s of requesterStrings) expect(allXml.toLowerCase()).not.toContain(s.toLowerCase());
  });
});

describe('the June log as DOCX: answer structure', () => {
  it('keeps the table with a repeating header row, the external link, and one numbering instance per list', async () => {
    const parts = await docxParts(bytesOf(await call('exportLog', { month: '2024-06', format: 'docx' })));
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:tblHeader/>');
    expect(parts['word/_rels/document.xml.rels']).toContain('https://www.police.uk/forces/');
    expect(doc).toContain('In relation to the following questions: 1, 2a–b');
    expect(doc).toContain('Senior Project Manager job description.pdf');
  });

  it('gives numbered lists their own instance, so each starts again at 1', async () => {
    const may = await docxParts(bytesOf(await call('exportLog', { month: '2024-05', format: 'docx' })));
    const numIds = attrValues(may['word/document.xml']!, 'w:numId', 'w:val');
    // The contents list and the "12 Advisors / 2 Managers" list are separate lists.
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(2);
    expect(may['word/numbering.xml']).toMatch(/<w:startOverride w:val="1"\/>/);
  });
});

describe.each(MONTHS)('the %s log as PDF', (month) => {
  let facts: ReturnType<typeof inspectPdf>;
  beforeAll(async () => {
    facts = inspectPdf(bytesOf(await call('exportLog', { month, format: 'pdf' })));
  }, 60_000);

  it('is tagged, titled and in en-GB, with its fonts embedded', async () => {
    expect(facts.tagged).toBe(true);
    expect(facts.title).toMatch(/^Disclosure log: (May|June) 2024/);
    expect(facts.lang).toBe('en-GB');
    expect(facts.fontCount).toBeGreaterThan(0);
    expect(facts.fontsAllEmbedded).toBe(true);
  });

  it('has one bookmark per entry, under the document title', async () => {
    for (const c of casesOf(month)) {
      expect(facts.outlineTitles.filter((o) => o.title === c.title), c.title).toEqual([{ title: c.title, depth: 1 }]);
    }
    expect(facts.outlineTitles[0]).toEqual({ title: facts.title.split(',')[0], depth: 0 });
  });

  it('has working internal links: contents to entries, "Back to top" to the top', async () => {
    const n = casesOf(month).length;
    expect(facts.internalLinks).toHaveLength(2 * n);
    expect(facts.internalLinks.every((l) => l.resolves)).toBe(true);
    expect(facts.internalLinks.filter((l) => l.dest === 'top')).toHaveLength(n);
  });

  it('prints every reference and title, page numbers, and never a requester', async () => {
    for (const c of casesOf(month)) {
      expect(facts.text).toContain(c.ref);
      expect(facts.text.replace(/\s+/g, ' ')).toContain(c.title);
    }
    expect(facts.text).toMatch(/Page 1 of \d/);
    for (const s of requesterStrings) expect(facts.text.toLowerCase()).not.toContain(s.toLowerCase());
  });
});

describe('the log as HTML and its preview', () => {
  it('exports the same HTML the preview shows', async () => {
    const preview = (await dispatch(service, 'previewLog', { month: '2024-06' })) as { ok: true; value: { html: string; entries: unknown[] } };
    const file = await call('exportLog', { month: '2024-06', format: 'html' });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(preview.value.html);
    expect(preview.value.entries).toEqual([
      { ref: '5024113', title: 'Complaints about Safer Schools Police Officers', include: true, summary: '' },
      { ref: '5024150', title: 'Senior Project Managers', include: true, summary: '' },
    ]);
  });

  it('applies order and overrides, and still lists a left-out case for the officer', async () => {
    const result = await dispatch(service, 'previewLog', { month: '2024-06', order: ['5024150'], overrides: { '5024113': { include: false }, '5024150': { title: 'Senior Project Manager posts' } } });
    expect(result.ok).toBe(true);
    const value = (result as { ok: true; value: { html: string; entries: unknown[] } }).value;
    expect(value.entries).toEqual([
      { ref: '5024150', title: 'Senior Project Manager posts', include: true, summary: '' },
      { ref: '5024113', title: 'Complaints about Safer Schools Police Officers', include: false, summary: '' },
    ]);
    expect(value.html).toContain('Senior Project Manager posts');
    expect(value.html).not.toContain('5024113');
  });

  it('refuses an empty month and names the months that have published responses', async () => {
    const result = await dispatch(service, 'exportLog', { month: '2024-04', format: 'docx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!result.ok && result.error.message).toMatch(/No responses sent in April 2024.*May 2024 \(1\), June 2024 \(2\)/);
    expect(await dispatch(service, 'exportLog', { month: '2024-4', format: 'docx' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the response letter', () => {
  const idOf = async (ref: string) => (await service.listCases({ filter: 'all', search: '' })).find((c) => c.ref === ref)!.id;

  it('as DOCX names the requester, answers each question and ends with the review and ICO paragraphs', async () => {
    const file = await call('exportLetter', { id: (await idOf('5024007')), format: 'docx' });
    expect(file.fileName).toBe('response-5024007.docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') });
    expect(value).toContain('Dear Jordan Example,');
    expect(value).toContain('Tuesday 28 May 2024');
    expect(value).toContain('Thank you for your request of 1 May 2024');
    expect(value).toContain('In relation to the following questions: 1g, 2a');
    expect(value).toContain('internal review');
    expect(value).toContain('Information Commissioner');
    const parts = await docxParts(bytesOf(file));
    expect(parts['word/_rels/document.xml.rels']).toContain('https://ico.org.uk/make-a-complaint/');
  });

  it('as PDF is tagged, in en-GB, and carries the same letter', async () => {
    const facts = inspectPdf(bytesOf(await call('exportLetter', { id: (await idOf('5024150')), format: 'pdf' })));
    expect(facts.tagged).toBe(true);
    expect(facts.lang).toBe('en-GB');
    expect(facts.fontsAllEmbedded).toBe(true);
    expect(facts.text).toContain('Dear Riley Sample,');
    expect(facts.text).toContain('Senior Project Manager job description.pdf');
    expect(facts.externalLinks).toContain('https://ico.org.uk/make-a-complaint/');
  }, 60_000);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(soffice)('LibreOffice opens the DOCX', () => {
  it('converts the June log to a PDF with every entry and the page footer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-lo-'));
    try {
      const docx = join(dir, 'log.docx');
      writeFileSync(docx, bytesOf(await call('exportLog', { month: '2024-06', format: 'docx' })));
      // A private profile, so a LibreOffice the officer has open is not disturbed and no first-run dialogue blocks.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 60_000, stdio: 'ignore' });
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'log.pdf'), '-'], { encoding: 'utf8' });
      for (const c of casesOf('2024-06')) {
        expect(text).toContain(c.ref);
        expect(text.replace(/\s+/g, ' ')).toContain(c.title);
      }
      expect(text).toMatch(/Page 1 of 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
