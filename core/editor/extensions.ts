import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { ClauseNode } from './clauseNode';

/**
 * The one editor schema. The editor, the HTML importer and the exporters all build from this list,
 * so an answer can only contain what every exporter knows how to write.
 * Headings, code and blockquotes are left out: answers are letters, not documents, and the log
 * supplies its own heading structure.
 */
export function answerExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      blockquote: false,
      horizontalRule: false,
      strike: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['https', 'http', 'mailto'],
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    ClauseNode,
  ];
}

export { ANSWER_MARK_TYPES, ANSWER_NODE_TYPES } from './answerTypes';
