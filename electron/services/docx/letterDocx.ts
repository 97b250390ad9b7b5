import { AlignmentType, Document, ExternalHyperlink, Header, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { DRAFT_HEADER } from '../../../core/documents/printCss';
import { CLOSING_HEADING, type ResponseLetter } from '../../../core/documents/letterModel';
import { BULLET_LIST, docxNumbering, docxStyles, PAGE } from './docxStyles';
import { packDocx } from './packDocx';
import { pageNumberFooter, runningHeader } from './pageFurniture';
import { responseDocx } from './responseDocx';
import { DocxWalk, type Block } from './richToDocx';

const lines = (ls: string[]) => ls.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) }));

/**
 * A draft's header: Word's own watermark (a WordArt "DRAFT" that Design > Watermark can remove), the
 * words "DRAFT — not for sending", and the usual running header.
 */
function draftHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({ style: 'HeaderFooterText', children: [new TextWatermark({ text: 'DRAFT', font: 'Arial', color: 'C0C0C0', opacity: 0.5 }), new TextRun({ text: DRAFT_HEADER, bold: true })] }),
      new Paragraph({ style: 'HeaderFooterText', children: [new TextRun(text)] }),
    ],
  });
}

/** The response letter as DOCX, the same content as its HTML (core/documents/letterHtml). `draft`: see letterHtml. */
export async function letterDocx(letter: ResponseLetter, now?: Date, options: { draft?: boolean } = {}): Promise<Uint8Array> {
  const draft = options.draft === true;
  const walk = new DocxWalk();
  const right = { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } as const;
  const letterhead: Block[] = [
    ...(letter.logo
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: letter.logo.type,
                data: letter.logo.bytes,
                transformation: { width: letter.logo.width, height: letter.logo.height },
                altText: { name: 'Logo', title: letter.logo.alt, description: letter.logo.alt },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({ ...right, children: [new TextRun({ text: letter.organisationName, bold: true, size: 28 })] }),
    ...(letter.organisationLines.length ? [new Paragraph({ ...right, children: lines(letter.organisationLines) })] : []),
    ...(letter.contactEmail
      ? [new Paragraph({ ...right, children: [new TextRun('Email: '), new ExternalHyperlink({ link: `mailto:${letter.contactEmail}`, children: [new TextRun({ text: letter.contactEmail, style: 'Hyperlink' })] })] })]
      : []),
  ];
  const attachments = letter.attachments.length
    ? (() => {
        const instance = walk.listInstance();
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Attachments')] }),
          ...letter.attachments.map((a) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0, instance }, children: [new TextRun(a)] })),
        ];
      })()
    : [];
  const closing = letter.closing.length
    ? [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(CLOSING_HEADING)] }), ...walk.blocks({ type: 'doc', content: letter.closing })]
    : [];
  const children: Block[] = [
    ...(draft ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: DRAFT_HEADER, bold: true })] })] : []),
    ...letterhead,
    ...(letter.addressee.length ? [new Paragraph({ spacing: { before: 480, after: 240 }, children: lines(letter.addressee) })] : []),
    new Paragraph({ spacing: { after: 0 }, children: [new TextRun(`Date: ${letter.date}`)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(`Our reference: ${letter.ref}`)] }),
    new Paragraph({ children: [new TextRun(letter.salutation)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [new TextRun({ text: letter.title, size: 30 })] }),
    ...letter.opening.map((p) => new Paragraph({ children: [new TextRun(p)] })),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Our response')] }),
    ...responseDocx(letter.response, 3, walk),
    ...attachments,
    ...closing,
    new Paragraph({ spacing: { before: 360 }, children: [new TextRun(letter.valediction)] }),
    new Paragraph({ spacing: { before: 480 }, children: lines(letter.signature) }),
  ];
  const doc = new Document({
    title: letter.title,
    subject: `Response to request ${letter.ref}`,
    creator: letter.organisationName,
    styles: docxStyles(),
    numbering: docxNumbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
        headers: { default: (draft ? draftHeader : runningHeader)(`${letter.organisationName}: reference ${letter.ref}`) },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return packDocx(doc, {
    title: letter.title,
    subject: `Response to request ${letter.ref}`,
    creator: letter.organisationName,
    description: `${letter.organisationName}'s response to request ${letter.ref}.`,
    ...(now ? { now } : {}),
  });
}
