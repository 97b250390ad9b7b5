import { Bookmark, Document, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import { TOP_ANCHOR, type LogEntry, type LogMonth } from '../../../core/documents/logModel';
import { BULLET_LIST, docxNumbering, docxStyles, PAGE } from './docxStyles';
import { packDocx } from './packDocx';
import { pageNumberFooter, runningHeader } from './pageFurniture';
import { requestDocx, responseDocx } from './responseDocx';
import { DocxWalk, type Block } from './richToDocx';

const link = (anchor: string, text: string) => new InternalHyperlink({ anchor, children: [new TextRun({ text, style: 'Hyperlink' })] });

function entryDocx(entry: LogEntry, walk: DocxWalk): Block[] {
  const attachments = entry.attachments.length
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Attachments')] }),
        ...(() => {
          const instance = walk.listInstance();
          return entry.attachments.map((a) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0, instance }, children: [new TextRun(a)] }));
        })(),
        new Paragraph({ children: [new TextRun(`To ask for a copy of an attachment, quote reference ${entry.ref}.`)] }),
      ]
    : [];
  return [
    // The bookmark wraps the title so the contents link lands on the heading itself.
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: false, children: [new Bookmark({ id: entry.anchor, children: [new TextRun(entry.title)] })] }),
    new Paragraph({ children: [new TextRun({ text: `Reference: ${entry.ref}`, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Request')] }),
    ...requestDocx(entry.request),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Response')] }),
    ...responseDocx(entry.response, 4, walk),
    ...attachments,
    new Paragraph({ spacing: { before: 200, after: 360 }, children: [link(TOP_ANCHOR, 'Back to top')] }),
  ];
}

/** The month's log as DOCX, with the same content and structure as its HTML (core/documents/logHtml). */
export async function logDocx(log: LogMonth, now?: Date): Promise<Uint8Array> {
  const walk = new DocxWalk();
  const contentsInstance = walk.listInstance();
  const contents = log.entries.map(
    (e) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0, instance: contentsInstance }, spacing: { after: 40 }, children: [link(e.anchor, e.title)] }),
  );
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: TOP_ANCHOR, children: [new TextRun(log.title)] })] }),
    new Paragraph({ children: [new TextRun({ text: log.organisationName, size: 24 })] }),
    new Paragraph({ children: [new TextRun(log.entries.length ? log.introduction : `No responses sent in ${log.monthName} are marked for publishing.`)] }),
    ...contents,
    ...(log.entries.length ? [new Paragraph({ spacing: { before: 200 }, children: [new TextRun(log.attachmentsNote)] })] : []),
    ...log.entries.flatMap((e) => entryDocx(e, walk)),
  ];
  const doc = new Document({
    title: log.title,
    subject: `Responses to freedom of information requests, ${log.monthName}`,
    creator: log.organisationName,
    description: `${log.organisationName}: ${log.title}`,
    styles: docxStyles(),
    numbering: docxNumbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
        headers: { default: runningHeader(`${log.organisationName}: ${log.title}`) },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return packDocx(doc, {
    title: log.title,
    subject: `Responses to freedom of information requests, ${log.monthName}`,
    creator: log.organisationName,
    description: `The freedom of information requests ${log.organisationName} answered in ${log.monthName}, and its responses.`,
    ...(now ? { now } : {}),
  });
}
