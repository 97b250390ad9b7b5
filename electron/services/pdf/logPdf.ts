import { expandClauses } from '../../../core/documents/expandClauses';
import { hangingIndentEm } from '../../../core/documents/hangingIndent';
import { TOP_ANCHOR, type LogEntry, type LogMonth, type PrintedQuestion, type RequestPart, type ResponseBlock } from '../../../core/documents/logModel';
import type { RichNode } from '../../../core/model';
import { inlineRuns, inParagraphs } from './inlineRuns';
import type { Run } from './lineBreaking';
import { findPdfFonts, type Face, type FontFiles } from './pdfFonts';
import { ANSWER_AFTER, ANSWER_INDENT, BACK, BODY, COVERS, DEPTH_INDENT, ENTRY_BEFORE, heading, NOTE, PUBLISHER, QUESTION, SECTION_LINE, UNANSWERED } from './pdfStyles';
import { RichPdfWriter } from './richToPdf';
import { RULE, TaggedFlow, type ParagraphStyle, type Struct } from './taggedFlow';

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

/** A paragraph not yet written: what a heading must keep room for below it. */
interface Lead {
  runs: Run[];
  style: ParagraphStyle;
}

/**
 * What a heading or question keeps of what follows it: two lines of text, and the margin before
 * them or a table's header row, which take about one line more.
 */
const WHAT_FOLLOWS = 3 * BODY.size * BODY.lineHeight;

/**
 * Keeping headings with what follows, along a chain: a title with its reference, "Request" and the
 * first question; "Response" with a section line, a covers note, the block's questions and the
 * opening of its answer. The room is worked out before any of them is written, so a heading is never
 * left at a page's foot by the next one moving on (Chromium's break-after: avoid did this by moving
 * both). `after` is what the last of them keeps of what follows.
 */
function roomFor(flow: TaggedFlow, leads: readonly Lead[], after = WHAT_FOLLOWS): number {
  const height = leads.reduce((h, l) => h + (l.style.before ?? 0) + flow.layout(l.runs, l.style).length * l.style.size * l.style.lineHeight, 0);
  return Math.min(height + after, flow.pageHeight / 2);
}

/**
 * The room an answer's opening paragraph will ask for to start (a short one is kept whole), with the
 * margin above it; WHAT_FOLLOWS when the answer opens with a list or a table.
 */
function answerOpening(flow: TaggedFlow, answer: RichNode | null): number {
  const first = answer ? inParagraphs(expandClauses(answer).content ?? [])[0] : undefined;
  if (first?.type !== 'paragraph') return WHAT_FOLLOWS;
  const lines = flow.layout(inlineRuns(first), BODY, flow.width - ANSWER_INDENT).length;
  return flow.roomToStart(lines, BODY) + QUESTION.size;
}

function questionLead(q: PrintedQuestion): Lead {
  const hang = hangingIndentEm(q.label) * QUESTION.size;
  const style = q.heading ? SECTION_LINE : QUESTION;
  return { runs: text(q.label ? `${q.label} ${q.text}` : q.text, 'bold'), style: { ...style, left: Math.min(q.depth, 3) * DEPTH_INDENT + hang, hang } };
}

const coversLead = (label: string): Lead => ({ runs: text(`In relation to the following questions: ${label}`, 'italic'), style: COVERS });
const sectionLead = (q: PrintedQuestion): Lead => ({ runs: text(`${q.label} ${q.text}`, 'bold'), style: heading(4) });

/**
 * What a response block keeps together from its start: any section lines, its covers note and all
 * its questions, then the opening of its answer (`after`).
 */
function blockNeeds(flow: TaggedFlow, blocks: readonly ResponseBlock[], from: number): { leads: Lead[]; after: number } {
  const block = blocks[from];
  if (!block) return { leads: [], after: WHAT_FOLLOWS };
  if (block.kind === 'section') {
    const rest = blockNeeds(flow, blocks, from + 1);
    return { leads: [sectionLead(block.question), ...rest.leads], after: rest.after };
  }
  return { leads: [...(block.coversLabel ? [coversLead(block.coversLabel)] : []), ...block.questions.map(questionLead)], after: answerOpening(flow, block.answer) };
}

function write(flow: TaggedFlow, parent: Struct, tag: string, lead: Lead, keep?: readonly Lead[], after?: number): void {
  flow.paragraph(parent, tag, lead.runs, keep ? { ...lead.style, keepWithNext: roomFor(flow, keep, after) } : lead.style);
}

function writeEntry(flow: TaggedFlow, rich: RichPdfWriter, entry: LogEntry, bookmark: (title: string) => void): void {
  const section = flow.root.child('Sect');
  const h2 = heading(2);
  const reference: Lead = { runs: text(`Reference: ${entry.ref}`, 'bold'), style: BODY };
  const request: Lead = { runs: text('Request', 'bold'), style: heading(3) };
  const firstAsked = entry.request.kind === 'questions' ? entry.request.questions.slice(0, 1).map(questionLead) : [];
  // The entry's rule, 0.2em of padding and the title's own 0.6em, kept on one page with the title,
  // the reference, "Request" and the first question.
  const titleLines = flow.layout(text(entry.title, 'bold'), h2);
  const ruleToTitle = 0.2 * 11 + 0.6 * h2.size;
  flow.space(ENTRY_BEFORE);
  flow.ensure(ruleToTitle + titleLines.length * h2.size * h2.lineHeight + roomFor(flow, [reference, request, ...firstAsked]));
  flow.rule(flow.left, flow.y, flow.width, RULE, 0.75);
  flow.y += ruleToTitle;
  flow.destination(entry.anchor);
  bookmark(entry.title);
  flow.writeLines(section.child('H2'), titleLines, { ...h2, before: 0 });

  write(flow, section, 'P', reference);
  write(flow, section, 'H3', request, firstAsked);
  writeRequest(flow, section, entry.request);
  const opening = blockNeeds(flow, entry.response, 0);
  write(flow, section, 'H3', { runs: text('Response', 'bold'), style: heading(3) }, opening.leads, opening.after);
  writeResponse(flow, rich, section, entry.response);
  if (entry.attachments.length) {
    flow.paragraph(section, 'H3', text('Attachments', 'bold'), heading(3));
    rich.bulletList(section, 0, entry.attachments.map((a) => text(a)));
    flow.paragraph(section, 'P', text(`To ask for a copy of an attachment, quote reference ${entry.ref}.`), BODY);
  }
  flow.paragraph(section, 'P', [{ text: 'Back to top', face: 'regular', link: { dest: TOP_ANCHOR } }], BACK);
}

function writeRequest(flow: TaggedFlow, parent: Struct, request: RequestPart): void {
  if (request.kind === 'questions') {
    // A section line ("1. Contact centre") keeps the first question under it on its page.
    const leads = request.questions.map(questionLead);
    request.questions.forEach((q, i) => write(flow, parent, 'P', leads[i]!, q.heading ? leads.slice(i + 1, i + 2) : undefined, 0));
    return;
  }
  for (const para of request.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)) {
    const runs: Run[] = para.split('\n').flatMap((line, i): Run[] => (i ? [{ lineBreak: true }, { text: line, face: 'regular' }] : [{ text: line, face: 'regular' }]));
    flow.paragraph(parent, 'P', runs, BODY);
  }
}

/**
 * Each answer under the questions it answers (a covers note first when it answers several), a
 * section line where a lettered group starts. Each question keeps the questions after it in its
 * block, and two lines of the answer, on its page.
 */
function writeResponse(flow: TaggedFlow, rich: RichPdfWriter, parent: Struct, blocks: ResponseBlock[]): void {
  blocks.forEach((block, i) => {
    if (block.kind === 'section') {
      const next = blockNeeds(flow, blocks, i + 1);
      write(flow, parent, 'H4', sectionLead(block.question), next.leads, next.after);
      return;
    }
    const questions = block.questions.map(questionLead);
    const opening = answerOpening(flow, block.answer);
    if (block.coversLabel) write(flow, parent, 'P', coversLead(block.coversLabel), questions, opening);
    questions.forEach((q, n) => write(flow, parent, 'P', q, questions.slice(n + 1), opening));
    if (block.answer) rich.answer(block.answer, parent, ANSWER_INDENT);
    else flow.paragraph(parent, 'P', text('No answer has been written for this question yet.', 'italic'), { ...UNANSWERED, left: ANSWER_INDENT });
    flow.space(ANSWER_AFTER);
  });
}
