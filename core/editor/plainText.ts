import type { RichNode } from '../model/richText';
import { walkDoc, type DocVisitor } from './walkDoc';

const line = (node: RichNode, inner: () => string[]) => inner().join('') + '\n';

const plainText: DocVisitor<string> = {
  text: (node) => node.text ?? '',
  join: (parts) => parts.join(''),
  nodes: {
    hardBreak: () => '\n',
    // The filled wording verbatim (blank lines kept), so a check's offsets can find it again (core/checks/caseView).
    clause: (node) => (typeof node.attrs?.['text'] === 'string' ? node.attrs['text'] + '\n' : ''),
    paragraph: line,
    heading: line,
    tableCell: (_node, inner) => inner().join('').trimEnd() + '\t',
    tableHeader: (_node, inner) => inner().join('').trimEnd() + '\t',
    tableRow: (_node, inner) => inner().join('').trimEnd() + '\n',
  },
};

/** Plain text of a rich document: feeds search, the checks and the full-text index. Blocks end with a newline. */
export function richToPlainText(node: RichNode): string {
  return walkDoc(node, plainText);
}
