import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import { answerExtensions } from '../../../core/editor/extensions';
import type { RichNode } from '../../../core/model';
import { cleanPastedHtml } from './cleanPastedHtml';
import { EditorToolbar } from './EditorToolbar';
import { useClauseUi } from '../clauses/ClauseUiContext';
import { withClauseUi } from '../clauses/editorExtensions';

interface Props {
  doc: RichNode;
  label: string;
  onChange: (doc: RichNode) => void;
  autoFocus?: boolean;
  onEditor?: (editor: Editor | null) => void;
}

/**
 * One answer's rich text. Each answer has its own editor, so undo and redo stay within the answer
 * being typed. Only the answer in use has a live editor: the rest are shown as HTML (see
 * AnswerBlock), which keeps a 200-question case quick to open.
 */
export function AnswerEditor({ doc, label, onChange, autoFocus, onEditor }: Props) {
  // Clause palette keys (Ctrl+K, "/") and the clause node's view; handlers through a ref so the editor is built once.
  const clauseUi = useClauseUi();
  const clauseHandlers = useRef(clauseUi);
  clauseHandlers.current = clauseUi;
  const extensions = useMemo(() => withClauseUi(answerExtensions(), clauseHandlers), []);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const editor = useEditor({
    extensions,
    content: doc,
    autofocus: autoFocus ? 'end' : false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'en-GB', class: 'answer-editor' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => changeRef.current(e.getJSON() as RichNode),
    onFocus: ({ editor: e }) => clauseHandlers.current?.noteEditor(e),
  });

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
