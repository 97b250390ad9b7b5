import { z } from 'zod';

/**
 * An answer's text as the editor stores it: ProseMirror/TipTap JSON. Validated structurally here;
 * the editor schema (core/editor) decides which node and mark types are meaningful.
 */
export type RichMark = { type: string; attrs?: Record<string, unknown> };
export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
};

const MarkSchema = z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }).strict();

export const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(RichNodeSchema).optional(),
      marks: z.array(MarkSchema).optional(),
      text: z.string().optional(),
    })
    .strict(),
);

export const RichDocSchema = RichNodeSchema.refine((n) => n.type === 'doc', 'the root node must be a "doc"');

export function emptyDoc(): RichNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Plain text of a rich document: feeds search and the checks. Blocks end with a newline. */
export function richToPlainText(node: RichNode): string {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'hardBreak':
      return '\n';
    case 'clause': {
      // A clause node carries its filled wording, so search and checks see what the reader will.
      const filled = node.attrs?.['text'];
      return typeof filled === 'string' ? filled + '\n' : '';
    }
  }
  const inner = (node.content ?? []).map(richToPlainText).join('');
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inner + '\n';
    case 'tableCell':
    case 'tableHeader':
      return inner.trimEnd() + '\t';
    case 'tableRow':
      return inner.trimEnd() + '\n';
    default:
      return inner;
  }
}
