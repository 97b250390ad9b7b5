import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { safeHref } from '../../../core/editor/toHtml';

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
    }),
  });
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
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
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
      <button
        type="button"
        aria-label={state.table ? 'Add table row' : 'Insert table'}
        onMouseDown={(ev) => ev.preventDefault()}
        onClick={() => (state.table ? editor.chain().focus().addRowAfter().run() : editor.chain().focus().insertTable({ rows: 2, cols: 2, withHeaderRow: true }).run())}
      >
        {state.table ? '+ Row' : 'Table'}
      </button>
    </div>
  );
}
