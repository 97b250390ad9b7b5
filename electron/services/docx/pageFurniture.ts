import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';

/** Running header (who and what) and "Page X of Y" footer, in every exported DOCX. */
export function runningHeader(text: string): Header {
  return new Header({ children: [new Paragraph({ style: 'HeaderFooterText', children: [new TextRun(text)] })] });
}

export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderFooterText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
