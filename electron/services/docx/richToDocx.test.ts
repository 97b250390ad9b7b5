import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { LogMonth } from '../../../core/documents/logModel';
import type { RichNode } from '../../../core/model';
import { attrValues, docxParts } from './docxInspection';
import { logDocx } from './logDocx';

const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const ol = (start: number, ...items: string[]): RichNode => ({ type: 'orderedList', attrs: { start }, content: items.map((i) => ({ type: 'listItem', content: [p(i)] })) });

function logWith(answer: RichNode): LogMonth {
  return {
    month: '2024-05', monthName: 'May 2024', title: 'Disclosure log: May 2024', organisationName: 'Body', contactEmail: '', introduction: 'Topics:', attachmentsNote: 'Ask us.',
    entries: [{ anchor: 'entry_1', ref: '1', title: 'One', request: { kind: 'summary', text: 'You asked.' }, attachments: [], response: [{ kind: 'answer', questions: [], coversLabel: null, answer, disposition: 'answered' }] }],
    candidates: [],
  };
}

describe('the DOCX walk over editor JSON', () => {
  it('gives each numbered list its own instance, restarting at its own start', async () => {
    const parts = await docxParts(await logDocx(logWith({ type: 'doc', content: [ol(1, 'a', 'b'), p('between'), ol(1, 'c'), ol(3, 'd')] })));
    const doc = parts['word/document.xml']!;
    const ids = attrValues(doc, 'w:numId', 'w:val');
    // contents list + three lists, each a numbering instance of its own
    expect(new Set(ids).size).toBe(4);
    expect(parts['word/numbering.xml']).toMatch(/<w:startOverride w:val="3"\/>/);
  });

  it('expands a clause to its paragraphs, keeps marks and writes links with their text', async () => {
    const bytes = await logDocx(
      logWith({
        type: 'doc',
        content: [
          { type: 'clause', attrs: { kind: 'exemption', text: 'Clause one.\n\nClause two.', values: { hidden: 'value' } } },
          { type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, { type: 'text', text: ' the list of forces', marks: [{ type: 'link', attrs: { href: 'https://www.police.uk/forces/' } }] }] },
        ],
      }),
    );
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<p>Clause one.</p><p>Clause two.</p>');
    expect(value).toContain('<strong>bold</strong>');
    expect(value).toContain('<a href="https://www.police.uk/forces/"> the list of forces</a>');
    expect(value).not.toContain('hidden');
  });

  it('writes a header row as a repeating table header, and only the header row', async () => {
    const cell = (type: 'tableHeader' | 'tableCell', text: string): RichNode => ({ type, content: [p(text)] });
    const table: RichNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Year'), cell('tableHeader', 'Vehicles')] },
        { type: 'tableRow', content: [cell('tableCell', '2023'), cell('tableCell', '41')] },
      ],
    };
    const parts = await docxParts(await logDocx(logWith({ type: 'doc', content: [table] })));
    const rows = [...parts['word/document.xml']!.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const fleet = rows.filter((r) => /Year|2023/.test(r));
    expect(fleet).toHaveLength(2);
    const headerOn = /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/;
    expect(fleet[0]).toMatch(headerOn);
    expect(fleet[1]).not.toMatch(headerOn);
  });
});
