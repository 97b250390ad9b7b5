import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ISectionOptions } from 'docx';
import { DeskError } from '../../../core/api/errors';
import { readDocx } from '../intake/readDocx';
import { buildTestDocx } from '../testing/testDocxFile';
import { deflateRawSync } from 'node:zlib';
import { docxBomb, writeZip } from '../testing/hostileFiles';
import { docxLogText } from './docxLogText';

// The log import reads a Word log's paragraphs itself rather than through mammoth's HTML (4.5 s of a
// 600-entry year's 7): it must give exactly the text that path gives, so the parser reads the same.

async function docxOf(children: ISectionOptions['children']): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.LOWER_ROMAN, text: '%3.', alignment: AlignmentType.START },
          ],
        },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }, { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.START }] },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const p = (text: string) => new Paragraph({ text });
const n = (text: string, level: 0 | 1 | 2 = 0) => new Paragraph({ text, numbering: { reference: 'numbers', level } });
const b = (text: string, level: 0 | 1 = 0) => new Paragraph({ text, numbering: { reference: 'bullets', level } });
const cell = (...texts: string[]) => new TableCell({ children: texts.map(p) });

const documents: Record<string, () => Promise<Uint8Array>> = {
  'a request letter in Word numbering': () => buildTestDocx(['Dear team,', { text: 'How many parks?', level: 0 }, { text: 'Which ones?', level: 1 }, { text: 'When?', level: 1 }, { text: 'Who runs them?', level: 0 }, 'Thanks']),
  'nested numbers three deep, bullets, a switch between them and an empty paragraph inside a list': () =>
    docxOf([p('Request'), n('First'), n('First a', 1), n('First a i', 2), n('First a ii', 2), n('First b', 1), n('Second'), p(''), n('Third'), b('A bullet'), b('Under it', 1), n('Numbers again'), p('Response'), b('Only a bullet')]),
  'a list that starts below its top level': () => docxOf([p('Before'), n('Deep first', 1), n('Deep second', 1), n('Top'), p('After')]),
  'tables, tabs, line breaks, links and XML entities': () =>
    docxOf([
      p('Reference: 5024007'),
      new Paragraph({ children: [new TextRun('1.\tHow many agents & managers <in total>?'), new TextRun({ text: 'On a new line', break: 1 })] }),
      new Table({ rows: [new TableRow({ children: [cell('Year'), cell('Complaints', 'upheld')] }), new TableRow({ children: [cell('2023'), cell('31')] })] }),
      n('After the table'),
      new Paragraph({ children: [new TextRun('See '), new ExternalHyperlink({ link: 'https://example.org/a?b=1&c=2', children: [new TextRun('the "published" statistics')] }), new TextRun('.')] }),
      new Paragraph({ children: [new TextRun({ text: 'Page one' }), new TextRun({ text: 'Page two', break: 0 })] }),
      p('   spaced    out   '),
    ]),
};

describe('a Word log read from its paragraphs', () => {
  it.each(Object.keys(documents))('gives the text mammoth and htmlToText give: %s', async (name) => {
    const bytes = await documents[name]!();
    const mammothText = (await readDocx('log.docx', bytes)).text;
    expect(docxLogText('log.docx', bytes)).toBe(mammothText);
  });

  it('refuses a document that unpacks to 200 MB by its declared size, and a file that is not Word', async () => {
    const bomb = await docxBomb(await buildTestDocx(['Dear team,']), { megabytes: 200, honest: true });
    expect(() => docxLogText('bomb.docx', bomb)).toThrow(DeskError);
    expect(() => docxLogText('bomb.docx', bomb)).toThrow(/bomb\.docx is too large to read safely/);
    expect(() => docxLogText('garbled.docx', new TextEncoder().encode('not a zip at all'))).toThrow(/garbled\.docx could not be read as a Word document/);
  });

  it('reads a document of 4 MB of unclosed tags and quotes in one pass, not one per tag', () => {
    const xml = Buffer.from(`<w:document><w:body><w:p><w:r><w:t>Start</w:t></w:r></w:p>${'<w:p a="<w:t b=\'<w:r '.repeat(200_000)}</w:body></w:document>`);
    const bytes = writeZip([{ name: 'word/document.xml', data: deflateRawSync(xml), method: 8, declaredSize: xml.length }]);
    const started = performance.now();
    expect(docxLogText('odd.docx', bytes)).toMatch(/^Start/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
