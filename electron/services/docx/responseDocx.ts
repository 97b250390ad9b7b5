import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { PrintedQuestion, RequestPart, ResponseBlock } from '../../../core/documents/logModel';
import { questionStyle } from './docxStyles';
import { DocxWalk, type Block } from './richToDocx';

/** The question-by-question part shared by the log and the letter, as in core/documents's HTML. */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

export function headingLevel(level: number) {
  return HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!;
}

function questionParagraph(q: PrintedQuestion): Paragraph {
  return new Paragraph({ style: questionStyle(q.depth), children: [new TextRun(`${q.label}\t${q.text}`)] });
}

export function requestDocx(request: RequestPart): Block[] {
  if (request.kind === 'questions') return request.questions.map(questionParagraph);
  return request.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ children: p.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) }));
}

export function responseDocx(blocks: ResponseBlock[], sectionLevel: number, walk: DocxWalk): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'section') {
      return [new Paragraph({ heading: headingLevel(sectionLevel), children: [new TextRun(`${block.question.label} ${block.question.text}`)] })];
    }
    const covers = block.coversLabel ? [new Paragraph({ style: 'CoversNote', children: [new TextRun(`In relation to the following questions: ${block.coversLabel}`)] })] : [];
    const answer = block.answer
      ? walk.blocks(block.answer, 'Answer')
      : [new Paragraph({ children: [new TextRun({ text: 'No answer has been written for this question yet.', italics: true })] })];
    return [...covers, ...block.questions.map(questionParagraph), ...answer];
  });
}
