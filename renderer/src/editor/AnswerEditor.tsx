import { EditorContent, useEditorState, type Editor } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import { useEffect, useState } from 'react';
import { answerExtensions } from '../../../core/editor/extensions';
import type { RichNode } from '../../../core/model';
import { cleanPastedHtml } from './cleanPastedHtml';
import { EditorToolbar } from './EditorToolbar';
import { useClauseUi, type ClauseUi } from '../clauses/ClauseUiContext';
import { withClauseUi } from '../clauses/editorExtensions';
import { editorSession, endEditorSession } from '../history/editorSessions';

interface Props {
  doc: RichNode;
  label: string;
  onChange: (doc: RichNode) => void;
  autoFocus?: boolean;
  onEditor?: (editor: Editor | null) => void;
  /**
   * The answer's id: its editor, and so its undo history, is kept while the window is open and
   * found again when the officer comes back to this answer (../history/editorSessions). Without
   * one the editor lasts as long as this component.
   */
  sessionKey?: string;
}

interface Handlers {
  onChange: (doc: RichNode) => void;
  clauseUi: ClauseUi | null;
}

/**
 * One answer's rich text. Each answer has its own editor, so undo and redo stay within the answer
 * being typed, and survive going to another answer and back. Only the answer in use shows a live
 * editor: the rest are shown as HTML (see AnswerBlock), which keeps a 200-question case quick to open.
 */
export function AnswerEditor({ doc, label, onChange, autoFocus, onEditor, sessionKey }: Props) {
  // Clause palette keys (Ctrl+K, "/") and the clause node's view reach this mount's handlers through
  // the session, so the editor is built once however often it is shown.
  const clauseUi = useClauseUi();
  const [ownKey] = useState(() => `unkept-${crypto.randomUUID()}`);
  const key = sessionKey ?? ownKey;
  const session = editorSession<Handlers>(key, { onChange, clauseUi }, (handlers) => ({
    extensions: withClauseUi(answerExtensions(), {
      get current() {
        return handlers.current.clauseUi;
      },
    }),
    content: doc,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'en-GB', class: 'answer-editor' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => handlers.current.onChange(e.getJSON() as RichNode),
    onFocus: ({ editor: e }) => handlers.current.clauseUi?.noteEditor(e),
  }));
  const editor = session.editor;

  useEffect(() => {
    // The answer may have changed while its editor was away (a restore, a redaction): take the
    // stored text as one more step, so even that can be undone.
    if (JSON.stringify(editor.getJSON()) !== JSON.stringify(doc)) {
      editor
        .chain()
        .command(({ tr }) => {
          closeHistory(tr);
          return true;
        })
        .setContent(doc, { emitUpdate: false })
        .run();
    }
    // A new editor starts at the end of the text; one found again, where the officer left it.
    if (autoFocus) editor.commands.focus(editor.state.selection.empty && editor.state.selection.from <= 1 ? 'end' : null);
    return () => {
      // An editor kept for no answer goes with its component; after this tick, so a remount at once
      // (React's StrictMode checks) finds it still there.
      if (!sessionKey) setTimeout(() => !(editor as Editor & { isEditorContentInitialized?: boolean }).isEditorContentInitialized && endEditorSession(key), 0);
    };
    // Only when this answer's editor is shown: later changes to `doc` come from the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: { ...(editor.options.editorProps.attributes as Record<string, string>), 'aria-label': label } } });
  }, [editor, label]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  const empty = useEditorState({ editor, selector: (s) => s.editor?.isEmpty ?? true });

  return (
    <div className="answer-editor-frame" data-empty={empty ? 'true' : 'false'}>
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
