import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assembleLogMonth } from '../../../core/documents/assembleLogMonth';
import { logHtml } from '../../../core/documents/logHtml';
import type { LogMonth } from '../../../core/documents/logModel';
import type { Bundle, Case, RichNode } from '../../../core/model';
import { syntheticCases } from '../bench/syntheticLog';
import { bundleCaseToCase } from '../bundleCodec';
import { logPdf } from './logPdf';
import { contentMarking, inspectPdf, taggedBlocks, wordBoxes } from './pdfInspection';
import { PdfFile } from './pdfFile';
import { PAGE } from './taggedFlow';

const bundle = JSON.parse(readFileSync(new URL('../../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8')) as Bundle;
const ORG = { name: 'Bench Public Body', contactEmail: 'foi@example.gov.uk' };

const text = (t: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const item = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const cell = (type: 'tableHeader' | 'tableCell', t: string, attrs?: Record<string, number>): RichNode => ({ type, ...(attrs ? { attrs } : {}), content: [para(text(t))] });
const LONG_URL = `https://www.example.gov.uk/${'freedom-of-information/'.repeat(8)}disclosure.pdf`;

/** A case whose answers hold what a writer gets wrong: a long address, nested and renumbered lists, spans, a row taller than a page. */
function awkwardCase(): Case {
  const [base] = syntheticCases(1, 10, '2024-05');
  const docs: RichNode[] = [
    { type: 'doc', content: [para(text('Bold ', [{ type: 'bold' }]), text('and italic', [{ type: 'bold' }, { type: 'italic' }]), text(' then plain, with a break'), { type: 'hardBreak' }, text(`and the full address ${LONG_URL} to follow.`)), para(), para(text('After an empty paragraph.'))] },
    {
      type: 'doc',
      content: [
        { type: 'orderedList', attrs: { start: 9 }, content: [item(para(text('Ninth'))), item(para(text('Tenth, with more under it')), { type: 'bulletList', content: [item(para(text('A nested point'))), item(para(text('Another')))] }), item(para(text('Eleventh')))] },
      ],
    },
    {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Team'), cell('tableHeader', 'Staff'), cell('tableHeader', 'Notes')] },
            { type: 'tableRow', content: [cell('tableHeader', 'North'), cell('tableCell', '12'), cell('tableCell', 'Covers two sites', { rowspan: 2 })] },
            { type: 'tableRow', content: [cell('tableHeader', 'South'), cell('tableCell', '9')] },
            { type: 'tableRow', content: [cell('tableCell', 'Both teams together', { colspan: 2 }), cell('tableCell', '21')] },
            { type: 'tableRow', content: [cell('tableHeader', 'Last year'), cell('tableHeader', 'Staff then'), cell('tableHeader', 'Notes then')] },
          ],
        },
      ],
    },
    { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Long')] }, { type: 'tableRow', content: [{ type: 'tableCell', content: Array.from({ length: 70 }, (_, i) => para(text(`Line ${i + 1} of a cell taller than a page.`))) }] }] }] },
    // Text outside any paragraph (an unknown block's, a bundle's from elsewhere): the HTML prints it, so the PDF must.
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Heading text')] },
        { type: 'blockquote', content: [para(text('Quoted text'))] },
        text('Bare text'),
        { type: 'bulletList', content: [item(text('Item text'))] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [text('Cell text'), para(text('Cell paragraph'))] }] }] },
      ],
    },
    { type: 'doc', content: [para(text('A smile 😀, a tick ✓ and a phone ☎ the font cannot draw, each read back as itself, and a zero\u200bwidth space.'))] },
  ];
  return { ...base!, ref: 'AWK-1', title: 'Awkward answers', summary: 'You asked:\nfor several things\n\nat once.', answers: base!.answers.slice(0, docs.length).map((a, i) => ({ ...a, doc: docs[i]! })) };
}

const months: [string, () => Promise<LogMonth>][] = [
  ['May 2024 (the fixture)', async () => assembleLogMonth({ organisation: bundle.organisation!, cases: await Promise.all(bundle.cases.map((c, i) => bundleCaseToCase(c, `case-${i}`, '2024-06-10T00:00:00Z'))), month: '2024-05' })],
  ['June 2024 (the fixture)', async () => assembleLogMonth({ organisation: bundle.organisation!, cases: await Promise.all(bundle.cases.map((c, i) => bundleCaseToCase(c, `case-${i}`, '2024-06-10T00:00:00Z'))), month: '2024-06' })],
  ['a synthetic month with lists, tables, links and clauses', async () => assembleLogMonth({ organisation: ORG, cases: syntheticCases(8, 10, '2024-05'), month: '2024-05' })],
  ['awkward answers', async () => assembleLogMonth({ organisation: ORG, cases: [awkwardCase()], month: '2024-05' })],
];

/** The words a reader of the HTML reads, in order: block elements part words, inline ones do not. */
function htmlWords(html: string): string[] {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)![1]!;
  return main
    .replace(/<\/?(a|strong|em|u|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

describe.each(months)('the log of %s as a PDF written directly', (_name, month) => {
  let log: LogMonth;
  let bytes: Uint8Array;
  let facts: ReturnType<typeof inspectPdf>;
  it('is written, and reads back as a tagged PDF with its title, language and embedded fonts', async () => {
    log = await month();
    bytes = await logPdf(log);
    facts = inspectPdf(bytes);
    expect(facts).toMatchObject({ tagged: true, title: `${log.title}, ${log.organisationName}`, lang: 'en-GB', fontsAllEmbedded: true });
    expect(facts.pages).toBeGreaterThan(0);
  });

  it('tags every word the HTML preview shows, in the same order: nothing lost, nothing added', () => {
    const tagged = taggedBlocks(facts.structure).filter((b) => b.type !== 'Lbl');
    expect(tagged.map((b) => b.text).join(' ').split(/\s+/).filter(Boolean)).toEqual(htmlWords(logHtml(log)));
  });

  it("has the HTML's structure: H1, the contents as a list of links, then a Sect for each entry with its H2 and H3s", () => {
    const blocks = taggedBlocks(facts.structure);
    const headings = blocks.filter((b) => /^H\d$/.test(b.type)).map((b) => `${b.type} ${b.text.trim()}`);
    expect(headings[0]).toBe(`H1 ${log.title}`);
    expect(headings.filter((h) => h.startsWith('H2 '))).toEqual(log.entries.map((e) => `H2 ${e.title}`));
    for (const e of log.entries) expect(blocks.some((b) => b.type === 'P' && b.text.trim() === `Reference: ${e.ref}` && b.path.includes('Sect'))).toBe(true);
    expect(headings.filter((h) => h === 'H3 Request')).toHaveLength(log.entries.length);
    expect(blocks.filter((b) => b.type === 'LBody' && b.path.join('/') === 'Document/L/LI').map((b) => b.text)).toEqual(log.entries.map((e) => e.title));
  });

  it('links the contents to each entry and each "Back to top" to the title, and every web address to itself', () => {
    expect(facts.internalLinks).toHaveLength(2 * log.entries.length);
    expect(facts.internalLinks.every((l) => l.resolves)).toBe(true);
    expect(facts.internalLinks.filter((l) => l.dest === 'top')).toHaveLength(log.entries.length);
    const hrefs = [...logHtml(log).matchAll(/<a href="(https?:[^"]+|mailto:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(new Set(facts.externalLinks)).toEqual(new Set(hrefs));
    expect(facts.outlineTitles).toEqual([{ title: log.title, depth: 0 }, ...log.entries.map((e) => ({ title: e.title, depth: 1 }))]);
    expect(facts.outlineCount).toBe(1 + log.entries.length);
    // Every link says what it is to assistive technology, and its area lies within the text's width.
    for (const area of facts.linkAreas) {
      expect(area.contents?.trim(), JSON.stringify(area)).toBeTruthy();
      expect(area.rect[0]!).toBeGreaterThanOrEqual(PAGE.side - 0.5);
      expect(area.rect[2]!).toBeLessThanOrEqual(PAGE.width - PAGE.side + 0.5);
    }
  });

  it('marks every piece of content: text is tagged or an artifact, none nested, none left open', () => {
    const marking = contentMarking(bytes);
    expect(marking).toMatchObject({ untaggedText: 0, nested: 0, unbalanced: 0 });
    expect(marking.textShown).toBeGreaterThan(facts.pages * 2);
  });

  it('keeps every word inside the page margins, but for the running header and the page number (which are artifacts)', () => {
    const furniture = new Set(`${log.organisationName}: ${log.title} Page of`.split(/\s+/));
    const outside = wordBoxes(bytes).filter((w) => w.xMin < PAGE.side - 0.5 || w.xMax > PAGE.width - PAGE.side + 0.5 || w.yMin < PAGE.top - 0.5 || w.yMax > PAGE.height - PAGE.bottom + 0.5);
    expect(outside.filter((w) => !furniture.has(w.word) && !/^\d+$/.test(w.word)).map((w) => `p${w.page} ${w.word}`)).toEqual([]);
    expect(facts.structure).not.toMatch(/"Page \d+ of/);
    expect(facts.text).toMatch(new RegExp(`Page 1 of ${facts.pages}`));
  });
});

describe('page breaks in a long month', () => {
  it('never leave a heading, a section line or a question at the foot of a page', async () => {
    const log = assembleLogMonth({ organisation: ORG, cases: syntheticCases(30, 10, '2024-05'), month: '2024-05' });
    const boxes = wordBoxes(await logPdf(log));
    const kept = new Set(['Request', 'Response', 'Attachments', '1. Contact centre', ...log.entries.map((e) => e.title)]);
    const line = (page: number, pick: (tops: number[]) => number) => {
      const body = boxes.filter((w) => w.page === page && w.yMax <= PAGE.height - PAGE.bottom + 0.5 && w.yMin >= PAGE.top - 0.5);
      const top = pick(body.map((w) => w.yMin));
      return body.filter((w) => Math.abs(w.yMin - top) < 1).sort((a, b) => a.xMin - b.xMin).map((w) => w.word).join(' ');
    };
    const stranded: string[] = [];
    const pages = Math.max(...boxes.map((w) => w.page));
    for (let page = 1; page < pages; page++) {
      const last = line(page, (tops) => Math.max(...tops));
      const next = line(page + 1, (tops) => Math.min(...tops));
      // A question may end a page only when the next starts with another question (the request's list) or "Response".
      const questionLeftAlone = /\?$/.test(last) && !/^((\d+[a-z]*|[a-z])\. |Response$)/.test(next);
      if (kept.has(last) || questionLeftAlone) stranded.push(`page ${page}: ${last} / ${next}`);
    }
    expect(stranded).toEqual([]);
  });
});

describe('the check that every piece of content is marked', () => {
  it('finds text shown outside marked content, and marked content left open', () => {
    const file = new PdfFile();
    const pages = file.reserve();
    const content = file.stream('', '/P <</MCID 0>> BDC BT (tagged) Tj ET EMC BT (loose) Tj ET /Artifact BMC BT (open) Tj ET');
    const page = file.put(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 200 200] /Contents ${content} 0 R >>`);
    file.put(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`, pages);
    const catalog = file.put(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
    const info = file.put('<< >>');
    expect(contentMarking(file.bytes(catalog, info, '00'))).toEqual({ untaggedText: 1, nested: 0, unbalanced: 1, textShown: 3 });
  });
});

describe('the awkward answers, in particular', () => {
  it('scopes header cells to their column or row and gives spans, and prints a row taller than a page whole', async () => {
    const bytes = await logPdf(assembleLogMonth({ organisation: ORG, cases: [awkwardCase()], month: '2024-05' }));
    const blocks = taggedBlocks(inspectPdf(bytes).structure);
    const cells = blocks.filter((b) => b.type === 'TH' || b.type === 'TD');
    expect(cells.find((b) => b.text === 'Team')?.attributes).toContain('/Scope /Column');
    expect(cells.find((b) => b.text === 'North')?.attributes).toContain('/Scope /Row');
    expect(cells.find((b) => b.text === 'Covers two sites')?.attributes).toContain('/RowSpan 2');
    expect(cells.find((b) => b.text === 'Both teams together')?.attributes).toContain('/ColSpan 2');
    // A row of header cells further down heads its columns, as answerHtml scopes it.
    expect(cells.find((b) => b.text === 'Staff then')?.attributes).toContain('/Scope /Column');
    const tall = blocks.filter((b) => b.path.at(-1) === 'TD' && b.text.startsWith('Line ')).map((b) => b.text);
    expect(tall).toEqual(Array.from({ length: 70 }, (_, i) => `Line ${i + 1} of a cell taller than a page.`));
    // The numbered list keeps its start; the nested list is a list inside the item's body.
    expect(blocks.filter((b) => b.type === 'Lbl').map((b) => b.text)).toEqual(expect.arrayContaining(['9.', '10.', '11.', '◦']));
    expect(blocks.find((b) => b.text === 'A nested point')?.path.slice(-4)).toEqual(['LI', 'LBody', 'L', 'LI']);
  });
});
