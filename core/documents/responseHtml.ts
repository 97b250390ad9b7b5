import { escapeHtml } from '../editor/toHtml';
import type { PrintedQuestion, RequestPart, ResponseBlock } from './logModel';
import { answerHtml } from './answerHtml';
import { hangingIndentEm } from './hangingIndent';

/**
 * The question-by-question HTML shared by the log and the letter; `sectionLevel` keeps headings in order.
 * A question is one run of text, its label first ("1. How many…"), hanging by its label's own width
 * (./hangingIndent.ts): no span around the label, since each run of text is one element to tag in the
 * PDF and a month prints 1,200 question lines (issue 13).
 */
function questionLine(q: PrintedQuestion): string {
  const depth = Math.min(q.depth, 3);
  const cls = q.heading ? 'section-line' : 'question';
  const hang = hangingIndentEm(q.label);
  const text = q.label ? `${escapeHtml(q.label)} ${escapeHtml(q.text)}` : escapeHtml(q.text);
  return `<p class="${cls}${depth ? ` depth-${depth}` : ''}" style="padding-left: ${hang}em; text-indent: -${hang}em">${text}</p>`;
}

export function requestHtml(request: RequestPart): string {
  if (request.kind === 'summary') {
    return request.text
      .split(/\n{2,}/)
      .filter((p) => p.trim())
      .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
      .join('');
  }
  return request.questions.map(questionLine).join('');
}

export function responseHtml(blocks: ResponseBlock[], sectionLevel: number): string {
  const h = `h${Math.min(sectionLevel, 6)}`;
  return blocks
    .map((block) => {
      if (block.kind === 'section') {
        const q = block.question;
        return `<${h} class="section">${escapeHtml(q.label)} ${escapeHtml(q.text)}</${h}>`;
      }
      const covers = block.coversLabel ? `<p class="covers">In relation to the following questions: ${escapeHtml(block.coversLabel)}</p>` : '';
      const questions = block.questions.map(questionLine).join('');
      const answer = block.answer ? answerHtml(block.answer) : '<p class="unanswered">No answer has been written for this question yet.</p>';
      return `<div class="block">${covers}${questions}<div class="answer">${answer}</div></div>`;
    })
    .join('\n');
}
