import { hangingIndentEm } from '../../../core/documents/hangingIndent';
import { TOP_ANCHOR, type LogEntry, type LogMonth, type PrintedQuestion, type RequestPart, type ResponseBlock } from '../../../core/documents/logModel';
import type { Run } from './lineBreaking';
import { findPdfFonts, type Face, type FontFiles } from './pdfFonts';
import { ANSWER_AFTER, ANSWER_INDENT, BACK, BODY, COVERS, DEPTH_INDENT, ENTRY_BEFORE, heading, NOTE, PUBLISHER, QUESTION, SECTION_LINE, UNANSWERED } from './pdfStyles';
import { RichPdfWriter } from './richToPdf';
import { RULE, TaggedFlow, type Struct } from './taggedFlow';

const text = (t: string, face: Face = 'regular'): Run[] => [{ text: t, face }];

/**
 * The month's log as a tagged PDF, laid out directly (./taggedFlow.ts) from the same model as its
 * HTML and DOCX (core/documents/logModel.ts), with the HTML's structure: the title (H1, the target of
 * every "Back to top"), the publisher, the linked contents, the note, then each entry as a Sect with
 * its H2 title, reference, H3 Request and Response, answers, attachments and "Back to top". Bookmarks:
 * the title, and each entry under it.
 */
export async function logPdf(log: LogMonth, fonts: FontFiles = findPdfFonts()): Promise<Uint8Array> {
  const flow = new TaggedFlow(fonts, {
    title: `${log.title}, ${log.organisationName}`,
    author: log.organisationName,
    subject: `Responses to freedom of information requests sent by ${log.organisationName} in ${log.monthName}.`,
    lang: 'en-GB',
    runningHeader: `${log.organisationName}: ${log.title}`,
  });
  const rich = new RichPdfWriter(flow);
  const root = flow.root;

  flow.destination(TOP_ANCHOR);
  const outline = flow.bookmark(log.title);
  flow.paragraph(root, 'H1', text(log.title, 'bold'), heading(1));
  flow.paragraph(root, 'P', text(log.organisationName), PUBLISHER);
  if (log.entries.length) {
    flow.paragraph(root, 'P', text(log.introduction), BODY);
    rich.bulletList(root, 0, log.entries.map((e) => [{ text: e.title, face: 'regular', link: { dest: e.anchor } }]));
    flow.paragraph(root, 'P', text(log.attachmentsNote), NOTE);
  } else {
    flow.paragraph(root, 'P', text(`No responses sent in ${log.monthName} are marked for publishing.`), BODY);
  }
  for (const entry of log.entries) writeEntry(flow, rich, entry, (title) => flow.bookmark(title, outline));
  return flow.finish();
}

function writeEntry(flow: TaggedFlow, rich: RichPdfWriter, entry: LogEntry, bookmark: (title: string) => void): void {
  const section = flow.root.child('Sect');
  const h2 = heading(2);
  // The entry's rule, 0.2em of padding and the title's own 0.6em, kept on one page with the title and two lines under it.
  const titleLines = flow.layout(text(entry.title, 'bold'), h2);
  const ruleToTitle = 0.2 * 11 + 0.6 * h2.size;
  flow.space(ENTRY_BEFORE);
  flow.ensure(ruleToTitle + titleLines.length * h2.size * h2.lineHeight + 2 * BODY.size * BODY.lineHeight);
  flow.rule(flow.left, flow.y, flow.width, RULE, 0.75);
  flow.y += ruleToTitle;
  flow.destination(entry.anchor);
  bookmark(entry.title);
  flow.writeLines(section.child('H2'), titleLines, { ...h2, before: 0 });

  flow.paragraph(section, 'P', text(`Reference: ${entry.ref}`, 'bold'), BODY);
  flow.paragraph(section, 'H3', text('Request', 'bold'), heading(3));
  writeRequest(flow, section, entry.request);
  flow.paragraph(section, 'H3', text('Response', 'bold'), heading(3));
  writeResponse(flow, rich, section, entry.response);
  if (entry.attachments.length) {
    flow.paragraph(section, 'H3', text('Attachments', 'bold'), heading(3));
    rich.bulletList(section, 0, entry.attachments.map((a) => text(a)));
    flow.paragraph(section, 'P', text(`To ask for a copy of an attachment, quote reference ${entry.ref}.`), BODY);
  }
  flow.paragraph(section, 'P', [{ text: 'Back to top', face: 'regular', link: { dest: TOP_ANCHOR } }], BACK);
}

/** A question's line, bold, its wrapped lines hanging under its text by its label's width (as responseHtml). */
function writeQuestion(flow: TaggedFlow, parent: Struct, q: PrintedQuestion): void {
  const hang = hangingIndentEm(q.label) * QUESTION.size;
  const style = q.heading ? SECTION_LINE : QUESTION;
  const line = q.label ? `${q.label} ${q.text}` : q.text;
  flow.paragraph(parent, 'P', text(line, 'bold'), { ...style, left: Math.min(q.depth, 3) * DEPTH_INDENT + hang, hang });
}

function writeRequest(flow: TaggedFlow, parent: Struct, request: RequestPart): void {
  if (request.kind === 'questions') {
    for (const q of request.questions) writeQuestion(flow, parent, q);
    return;
  }
  for (const para of request.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)) {
    const runs: Run[] = para.split('\n').flatMap((line, i): Run[] => (i ? [{ lineBreak: true }, { text: line, face: 'regular' }] : [{ text: line, face: 'regular' }]));
    flow.paragraph(parent, 'P', runs, BODY);
  }
}

function writeResponse(flow: TaggedFlow, rich: RichPdfWriter, parent: Struct, blocks: ResponseBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'section') {
      flow.paragraph(parent, 'H4', text(`${block.question.label} ${block.question.text}`, 'bold'), heading(4));
      continue;
    }
    if (block.coversLabel) flow.paragraph(parent, 'P', text(`In relation to the following questions: ${block.coversLabel}`, 'italic'), COVERS);
    for (const q of block.questions) writeQuestion(flow, parent, q);
    if (block.answer) rich.answer(block.answer, parent, ANSWER_INDENT);
    else flow.paragraph(parent, 'P', text('No answer has been written for this question yet.', 'italic'), { ...UNANSWERED, left: ANSWER_INDENT });
    flow.space(ANSWER_AFTER);
  }
}
