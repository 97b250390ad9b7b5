import type { Question } from '../model/case';
import type { RichNode } from '../model/richText';

/** Every occurrence of `find` in `text` replaced, and how many there were. */
function cutAll(text: string, find: string, replaceWith: string): { text: string; count: number } {
  const parts = text.split(find);
  return { text: parts.join(replaceWith), count: parts.length - 1 };
}

/**
 * One-click redaction: replaces every occurrence of `find` in the answer's text with `replaceWith`,
 * keeping each run's formatting. Text split across differently formatted runs is not matched:
 * the count tells the window to ask the officer to edit that passage by hand.
 */
export function redactDoc(doc: RichNode, find: string, replaceWith: string): { doc: RichNode; count: number } {
  let count = 0;
  const cut = (text: string) => {
    const r = cutAll(text, find, replaceWith);
    count += r.count;
    return r.text;
  };
  const walk = (node: RichNode): RichNode => {
    if (node.type === 'text' && node.text?.includes(find)) return { ...node, text: cut(node.text) };
    if (node.type === 'clause' && typeof node.attrs?.['text'] === 'string' && (node.attrs['text'] as string).includes(find)) {
      // A clause keeps its values; only the wording that will be printed is redacted.
      return { ...node, attrs: { ...node.attrs, text: cut(node.attrs['text'] as string) } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  const out = walk(doc);
  return { doc: out, count };
}

/**
 * One-click redaction of a question: `find` replaced in the text and label of the question(s) with that
 * number (the log prints both). `count` 0 means the words are no longer there as written.
 */
export function redactQuestions(questions: readonly Question[], number: string, find: string, replaceWith: string): { questions: Question[]; count: number } {
  let count = 0;
  const cut = (text: string) => {
    const r = cutAll(text, find, replaceWith);
    count += r.count;
    return r.text;
  };
  const next = questions.map((q) => (q.number === number ? { ...q, text: cut(q.text), label: cut(q.label) } : q));
  return { questions: next, count };
}
