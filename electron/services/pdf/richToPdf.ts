import { expandClauses } from '../../../core/documents/expandClauses';
import type { RichNode } from '../../../core/model';
import { hasText, inlineRuns, inParagraphs } from './inlineRuns';
import type { Run } from './lineBreaking';
import { writeTable } from './pdfTable';
import { BODY, LIST_INDENT, LIST_ITEM_AFTER } from './pdfStyles';
import type { Struct, TaggedFlow } from './taggedFlow';

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];

/**
 * An answer (the editor's JSON) into the flow: paragraphs, lists and tables as the published HTML
 * has them (core/documents/answerHtml.ts), each a structure element of its own. `x` is how far the
 * answer sits in from the text's left edge.
 */
export class RichPdfWriter {
  constructor(private readonly flow: TaggedFlow) {}

  answer(doc: RichNode, parent: Struct, x: number): void {
    this.blocks(expandClauses(doc), parent, x, 0);
  }

  private blocks(node: RichNode, parent: Struct, x: number, depth: number): void {
    for (const child of inParagraphs(node.content ?? [])) this.block(child, parent, x, depth);
  }

  private block(node: RichNode, parent: Struct, x: number, depth: number): void {
    switch (node.type) {
      case 'paragraph': {
        const runs = inlineRuns(node);
        // An empty paragraph prints as nothing but its margin, as <p></p> does in the preview.
        if (hasText(runs)) this.flow.paragraph(parent, 'P', runs, BODY, x);
        else this.flow.space(BODY.after ?? 0);
        return;
      }
      case 'bulletList':
      case 'orderedList':
        this.list(node, parent, x, depth);
        return;
      case 'table':
        writeTable(this.flow, parent, node, x);
        return;
      default:
        this.blocks(node, parent, x, depth); // an unknown block keeps its text
    }
  }

  private list(node: RichNode, parent: Struct, x: number, depth: number): void {
    const ordered = node.type === 'orderedList';
    const start = Number(node.attrs?.['start'] ?? 1);
    const first = Number.isInteger(start) ? start : 1;
    const items = (node.content ?? []).map((item, i) => {
      const children = inParagraphs(item.content ?? []);
      const lead = children[0]?.type === 'paragraph' ? inlineRuns(children[0]) : null;
      return { label: ordered ? `${first + i}.` : BULLETS[Math.min(depth, BULLETS.length - 1)]!, lead: lead && hasText(lead) ? lead : null, rest: lead ? children.slice(1) : children };
    });
    this.itemList(parent, x, depth, items);
  }

  /** A list of plain items (the log's contents, its attachments): runs each, bulleted. */
  bulletList(parent: Struct, x: number, items: Run[][]): void {
    this.itemList(parent, x, 0, items.map((lead) => ({ label: BULLETS[0]!, lead, rest: [] })));
  }

  /**
   * L › LI › (Lbl, LBody), the label drawn on the body's first line. An item of one paragraph is its
   * text, with no P inside (as answerHtml writes it); further blocks follow in the body, a level deeper.
   */
  private itemList(parent: Struct, x: number, depth: number, items: { label: string; lead: Run[] | null; rest: RichNode[] }[]): void {
    const flow = this.flow;
    const list = parent.child('L');
    const bodyX = x + LIST_INDENT;
    const lineHeight = BODY.size * BODY.lineHeight;
    for (const { label, lead, rest } of items) {
      const li = list.child('LI');
      const leadLines = lead ? flow.layout(lead, { ...BODY, left: bodyX }) : null;
      // The label goes on the page its item's text starts on: the room the text itself will ask for.
      flow.ensure(flow.roomToStart(leadLines?.length ?? 1, BODY));
      const labelWidth = flow.measure(BODY.size)(label, 'regular');
      // The label ends half an em before the text, as a browser's list marker; a wide one ("10.") never reaches past the list's own edge.
      const labelX = Math.max(x, bodyX - labelWidth - BODY.size * 0.5);
      flow.writeLines(li.child('Lbl'), [[{ text: label, face: 'regular', underline: false, link: undefined, x: 0, width: labelWidth }]], BODY, labelX, { fixedTop: flow.y });
      const body = li.child('LBody');
      if (leadLines && rest.length === 0) {
        flow.writeLines(body, leadLines, { ...BODY, before: 0, after: 0 }, bodyX);
      } else {
        if (leadLines) {
          flow.writeLines(body.child('P'), leadLines, { ...BODY, before: 0, after: LIST_ITEM_AFTER }, bodyX);
        }
        for (const child of rest) this.block(child, body, bodyX, depth + 1);
        if (!leadLines && rest.length === 0) flow.y += lineHeight; // an empty item still shows its label
      }
      flow.space(LIST_ITEM_AFTER);
    }
    flow.space(BODY.after ?? 0);
  }
}
