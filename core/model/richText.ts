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
