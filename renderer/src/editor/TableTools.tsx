import { useEditorState, type Editor } from '@tiptap/react';

interface TableTool {
  label: string;
  text: string;
  can: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

// Word's Layout tab for a table, in the order Word lists them. Each button names the whole action
// for a screen reader; the visible text is short so the toolbar fits beside an answer.
const TOOLS: TableTool[] = [
  { label: 'Add row above', text: 'Row above', can: (e) => e.can().addRowBefore(), run: (e) => e.chain().focus().addRowBefore().run() },
  { label: 'Add row below', text: 'Row below', can: (e) => e.can().addRowAfter(), run: (e) => e.chain().focus().addRowAfter().run() },
  { label: 'Delete row', text: 'Delete row', can: (e) => e.can().deleteRow(), run: (e) => e.chain().focus().deleteRow().run() },
  { label: 'Add column before', text: 'Column before', can: (e) => e.can().addColumnBefore(), run: (e) => e.chain().focus().addColumnBefore().run() },
  { label: 'Add column after', text: 'Column after', can: (e) => e.can().addColumnAfter(), run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: 'Delete column', text: 'Delete column', can: (e) => e.can().deleteColumn(), run: (e) => e.chain().focus().deleteColumn().run() },
];

/**
 * The table's own tools, shown while the cursor is in a table. The header row matters beyond looks:
 * the letter's PDF marks its cells as column headers and the DOCX repeats it on every page, so
 * screen readers announce each cell with its column.
 */
export function TableTools({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      can: TOOLS.map((t) => t.can(e)),
      header: firstRowIsHeader(e),
    }),
  });

  return (
    <div role="group" aria-label="Table" className="table-tools">
      <span className="table-tools-label" aria-hidden="true">Table:</span>
      {TOOLS.map((t, i) => (
        <button key={t.label} type="button" aria-label={t.label} title={t.label} disabled={!state.can[i]} onMouseDown={(ev) => ev.preventDefault()} onClick={() => t.run(editor)}>
          {t.text}
        </button>
      ))}
      <button type="button" aria-label="Header row" title="First row as column headings" aria-pressed={state.header} onMouseDown={(ev) => ev.preventDefault()} onClick={() => editor.chain().focus().toggleHeaderRow().run()}>
        Header row
      </button>
      <button type="button" aria-label="Delete table" title="Delete table" className="danger" onMouseDown={(ev) => ev.preventDefault()} onClick={() => editor.chain().focus().deleteTable().run()}>
        Delete table
      </button>
    </div>
  );
}

/** Whether the first row of the table holding the cursor is all header cells. */
function firstRowIsHeader(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== 'table') continue;
    const first = node.firstChild;
    if (!first || first.childCount === 0) return false;
    let all = true;
    first.forEach((cell) => {
      if (cell.type.name !== 'tableHeader') all = false;
    });
    return all;
  }
  return false;
}
