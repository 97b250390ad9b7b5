import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { safeHref } from '../../../core/editor/toHtml';
import { useClauseUi } from '../clauses/ClauseUiContext';
import { TableTools } from './TableTools';

interface Tool {
  label: string;
  keys: string;
  active: (e: Editor) => boolean;
  run: (e: Editor) => void;
  text: string;
}

const TOOLS: Tool[] = [
  { label: 'Bold', keys: 'Control+B', text: 'B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', keys: 'Control+I', text: 'I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Underline', keys: 'Control+U', text: 'U', active: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
  { label: 'Bulleted list', keys: 'Control+Shift+8', text: '• List', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', keys: 'Control+Shift+7', text: '1. List', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/** Formatting for the answer in use. Every button has a name, a pressed state and its shortcut. */
export function EditorToolbar({ editor }: { editor: Editor | null }) {
  const state = useEditorState({
    editor,
    selector: (s) => ({
      active: TOOLS.map((t) => (s.editor ? t.active(s.editor) : false)),
      link: s.editor?.isActive('link') ?? false,
      table: s.editor?.isActive('table') ?? false,
      selection: s.editor ? !s.editor.state.selection.empty : false,
    }),
  });
  const clauseUi = useClauseUi();
  const bar = useRef<HTMLDivElement>(null);
  // Alt+F10 from the answer jumps to the toolbar (the table's tools first when in a table), as in
  // Word Online and most web editors; Escape in the toolbar goes back to the answer. Listened for
  // on the frame the toolbar shares with the editor, so the editor's own keymap is left alone.
  useEffect(() => {
    const frame = bar.current?.parentElement;
    if (!frame || !editor) return;
    const onKey = (ev: KeyboardEvent) => {
      const target = ev.target as HTMLElement | null;
      const inBar = Boolean(target && bar.current?.contains(target));
      if (ev.key === 'F10' && ev.altKey && !inBar) {
        ev.preventDefault();
        const first = bar.current?.querySelector<HTMLElement>('.table-tools button:not([disabled])') ?? bar.current?.querySelector<HTMLElement>('button:not([disabled])');
        first?.focus();
      } else if (ev.key === 'Escape' && inBar && !target?.closest('.link-form')) {
        ev.preventDefault();
        editor.commands.focus();
      }
    };
    frame.addEventListener('keydown', onKey);
    return () => frame.removeEventListener('keydown', onKey);
  }, [editor]);
  // Hooks before the early return: the editor is null on the first render and set on the next.
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  if (!editor || !state) return null;

  // Electron has no window.prompt, so the link address is asked for in the toolbar itself.
  function applyLink(e: Editor, entered: string) {
    if (entered.trim() === '') {
      e.chain().focus().extendMarkRange('link').unsetLink().run();
      setLinkDraft(null);
      return;
    }
    const href = safeHref(/^[a-z]+:/i.test(entered.trim()) ? entered : `https://${entered.trim()}`);
    if (!href) {
      setLinkError('Links must start with https://, http:// or mailto:.');
      return;
    }
    e.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setLinkDraft(null);
    setLinkError(null);
  }

  return (
    <div ref={bar} className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-keyshortcuts="Alt+F10">
      {TOOLS.map((t, i) => (
        <button key={t.label} type="button" aria-label={t.label} title={`${t.label} (${t.keys.replace('Control', 'Ctrl')})`} aria-pressed={state.active[i]} aria-keyshortcuts={t.keys} onMouseDown={(ev) => ev.preventDefault()} onClick={() => t.run(editor)}>
          {t.text}
        </button>
      ))}
      <button type="button" aria-label="Link" aria-pressed={state.link} title="Link" onMouseDown={(ev) => ev.preventDefault()} onClick={() => setLinkDraft((editor.getAttributes('link')['href'] as string | undefined) ?? '')}>
        Link
      </button>
      {linkDraft !== null && (
        <span className="link-form">
          <label>
            <span className="visually-hidden">Link address</span>
            <input
              type="url"
              autoFocus
              value={linkDraft}
              placeholder="https://…"
              aria-invalid={linkError ? 'true' : undefined}
              aria-describedby={linkError ? 'link-error' : undefined}
              onChange={(ev) => setLinkDraft(ev.target.value)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') {
                  ev.preventDefault();
                  applyLink(editor, linkDraft);
                }
                if (ev.key === 'Escape') {
                  ev.preventDefault();
                  setLinkDraft(null);
                  editor.commands.focus();
                }
              }}
            />
          </label>
          <button type="button" onClick={() => applyLink(editor, linkDraft)}>Apply</button>
          {linkError && <span id="link-error" role="alert" className="field-error">{linkError}</span>}
        </span>
      )}
      {!state.table && (
        <button type="button" aria-label="Insert table" title="Insert a table with a header row" onMouseDown={(ev) => ev.preventDefault()} onClick={() => editor.chain().focus().insertTable({ rows: 2, cols: 2, withHeaderRow: true }).run()}>
          Table
        </button>
      )}
      {clauseUi && (
        <button
          type="button"
          aria-label="Save as clause"
          aria-keyshortcuts="Alt+F3 Control+Shift+S"
          title={state.selection ? 'Save the selected words as a clause (Alt+F3)' : 'Select words in the answer, then save them as a clause (Alt+F3)'}
          onMouseDown={(ev) => ev.preventDefault()}
          onClick={() => clauseUi.saveAsClause(editor)}
        >
          Save as clause
        </button>
      )}
      {state.table && <TableTools editor={editor} />}
    </div>
  );
}
