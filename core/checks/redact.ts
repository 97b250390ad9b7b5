import type { RichNode } from '../model/richText';

/**
 * One-click redaction: replaces every occurrence of `find` in the answer's text with `replaceWith`,
 * keeping each run's formatting. Text split across differently formatted runs is not matched:
 * the count tells the window to ask the officer to edit that passage by hand.
 */
export function redactDoc(doc: RichNode, find: string, replaceWith: string): { doc: RichNode; count: number } {
  let count = 0;
  const walk = (node: RichNode): RichNode => {
    if (node.type === 'text' && node.text?.includes(find)) {
      const parts = node.text.split(find);
      count += parts.length - 1;
      return { ...node, text: parts.join(replaceWith) };
    }
    if (node.type === 'clause' && typeof node.attrs?.['text'] === 'string' && (node.attrs['text'] as string).includes(find)) {
      // A clause keeps its values; only the wording that will be printed is redacted.
      const parts = (node.attrs['text'] as string).split(find);
      count += parts.length - 1;
      return { ...node, attrs: { ...node.attrs, text: parts.join(replaceWith) } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  const out = walk(doc);
  return { doc: out, count };
}
