import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { answerExtensions } from '../../../core/editor/extensions';
import type { RichNode } from '../../../core/model';
import { cleanPastedHtml } from './cleanPastedHtml';

// Clipboard HTML shaped as Word for Windows puts it on the clipboard ("HTML Format"): unquoted
// class names, the bullet or number as a run Word tells other programs to ignore (mso-list:Ignore)
// inside downlevel-revealed conditionals (<![if !supportLists]>), the list's level in the
// paragraph's mso-list style, and empty <o:p> paragraphs Word uses for spacing. Written by hand
// from copies of real Word 365 output.
const WORD_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoListParagraph {margin-left:36.0pt;} @list l0:level1 {mso-level-number-format:bullet;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->`;
const WORD_TAIL = `<!--EndFragment--></body></html>`;

const bullet = (cls: string, level: number, text: string, symbol = '·', font = 'Symbol') =>
  `<p class=${cls} style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:${font};mso-fareast-font-family:${font};mso-bidi-font-family:${font}'><span style='mso-list:Ignore'>${symbol}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;

const numbered = (cls: string, level: number, marker: string, text: string) =>
  `<p class=${cls} style='text-indent:-18.0pt;mso-list:l1 level${level} lfo2'><![if !supportLists]><span style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;

const WORD_BULLETS = `${WORD_HEAD}
<p class=MsoNormal>We hold the following:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
${bullet('MsoListParagraphCxSpFirst', 1, 'Body-worn camera footage')}
${bullet('MsoListParagraphCxSpMiddle', 2, 'retained for 31 days', 'o', '"Courier New"')}
${bullet('MsoListParagraphCxSpMiddle', 2, 'unless <b>flagged</b> as evidence', 'o', '"Courier New"')}
${bullet('MsoListParagraphCxSpLast', 1, 'Officers’ notebooks', '§', 'Wingdings')}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>That is all.<o:p></o:p></p>
${WORD_TAIL}`;

const WORD_NUMBERS = `${WORD_HEAD}
${numbered('MsoListParagraphCxSpFirst', 1, '1.', 'How many vans are there?')}
${numbered('MsoListParagraphCxSpMiddle', 2, 'a)', 'In 2023')}
${numbered('MsoListParagraphCxSpMiddle', 2, 'b)', 'In 2024')}
${numbered('MsoListParagraphCxSpLast', 1, '2.', 'Where are they kept?')}
${WORD_TAIL}`;

// Outlook and older Word write the conditional as a downlevel-hidden comment pair and a single
// list paragraph as plain MsoListParagraph.
const OUTLOOK_SINGLE = `<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span>1.<span>&nbsp;&nbsp;&nbsp;</span></span><!--[endif]-->Only one item<o:p></o:p></p><p class=MsoNormal>After the list<o:p></o:p></p>`;

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

/** Pastes through a real editor with the answer schema, as the answer editor does. */
function pasted(html: string): RichNode {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: answerExtensions(), editorProps: { transformPastedHTML: cleanPastedHtml } });
  editors.push(editor);
  editor.view.pasteHTML(html);
  const doc = editor.getJSON() as RichNode;
  // A paste that ends in a list leaves the cursor in the empty paragraph the editor started with.
  const last = doc.content?.[doc.content.length - 1];
  if (last?.type === 'paragraph' && !last.content) doc.content = doc.content!.slice(0, -1);
  return doc;
}

const texts = (node: RichNode | undefined): string => (node?.text ?? '') + (node?.content ?? []).map(texts).join('');
const shape = (node: RichNode): unknown =>
  node.type === 'paragraph' ? texts(node) : { [node.type]: (node.content ?? []).map(shape) };

describe('cleanPastedHtml: Word list paragraphs', () => {
  it('turns Word bullets (·, o, §) into a real nested bulleted list and drops the empty <o:p> paragraphs', () => {
    const doc = pasted(WORD_BULLETS);
    expect((doc.content ?? []).map(shape)).toEqual([
      'We hold the following:',
      {
        bulletList: [
          { listItem: ['Body-worn camera footage', { bulletList: [{ listItem: ['retained for 31 days'] }, { listItem: ['unless flagged as evidence'] }] }] },
          { listItem: ['Officers’ notebooks'] },
        ],
      },
      'That is all.',
    ]);
    // The bold inside a list item survives; the bullet characters do not.
    expect(JSON.stringify(doc)).toContain('"bold"');
    expect(texts(doc)).not.toMatch(/[·§]/);
  });

  it('turns Word numbers (1., a)) into a real ordered list with its lettered sub-list', () => {
    const doc = pasted(WORD_NUMBERS);
    expect((doc.content ?? []).map(shape)).toEqual([
      {
        orderedList: [
          { listItem: ['How many vans are there?', { orderedList: [{ listItem: ['In 2023'] }, { listItem: ['In 2024'] }] }] },
          { listItem: ['Where are they kept?'] },
        ],
      },
    ]);
    expect(texts(doc)).not.toMatch(/1\.|a\)|b\)/);
  });

  it('reads the downlevel-hidden conditional Outlook writes, and a one-item list', () => {
    const doc = pasted(OUTLOOK_SINGLE);
    expect((doc.content ?? []).map(shape)).toEqual([{ orderedList: [{ listItem: ['Only one item'] }] }, 'After the list']);
  });

  it('keeps a paragraph that merely starts with a number, and removes script-like content', () => {
    const html = cleanPastedHtml('<p class=MsoNormal>2024 was a busy year.<o:p></o:p></p><script>alert(1)</script><p onclick="x()">Safe</p>');
    expect(html).not.toMatch(/script|onclick|<ul|<ol/);
    expect(html).toContain('2024 was a busy year.');
  });
});

describe('cleanPastedHtml: what it leaves alone', () => {
  it('passes an answer copied from another answer through untouched', () => {
    const own = '<p data-pm-slice="1 1 []">Copied <strong>text</strong></p><ol start="3"><li><p>three</p></li></ol>';
    expect(cleanPastedHtml(own)).toBe(own);
  });

  it('keeps the number a Word list starts at', () => {
    const html = `${WORD_HEAD}${numbered('MsoListParagraphCxSpFirst', 1, '3.', 'Third')}${numbered('MsoListParagraphCxSpLast', 1, '4.', 'Fourth')}${WORD_TAIL}`;
    const doc = pasted(html);
    expect(doc.content?.[0]).toMatchObject({ type: 'orderedList', attrs: { start: 3 } });
  });
});
