import { getTextBetween, getTextSerializersFromSchema, type Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { LibraryClause } from '../../../core/api/clauseContract';
import { caseDetailsOf, fillContextFor, type CaseDetails, type FillContext } from '../../../core/clauses';
import type { ClauseAttrs } from '../../../core/editor/clauseNode';
import type { Organisation } from '../../../core/model';
import type { Regime } from '../../../core/model/regime';
import { errorMessage } from '../desk';
import { clauseAttrs } from './clauseAttrs';
import type { ClauseCommandHandlers } from './clauseCommands';
import { ClauseFillForm } from './ClauseFillForm';
import { useClauseLibrary } from './clauseLibraryStore';
import { ClausePalette } from './ClausePalette';
import { SaveAsClauseDialog } from './SaveAsClauseDialog';

export interface ClauseUi extends ClauseCommandHandlers {
  /** The fill context for previews: the organisation's details and this case's. */
  context: FillContext;
  /** Start inserting `clause` into the answer last in use (the library panel's Insert). */
  insertIntoLastAnswer(clause: LibraryClause): boolean;
  /** Answer editors report themselves when focused, so the panel knows where to insert. */
  noteEditor(editor: Editor | null): void;
}

const ClauseUiContext = createContext<ClauseUi | null>(null);

export function useClauseUi(): ClauseUi | null {
  return useContext(ClauseUiContext);
}

type Form = { editor: Editor; clause: LibraryClause; existing?: Record<string, string>; pos: number | null };

/**
 * Palette and fill form for every answer of one case. The editors only say "open the palette"
 * or "edit the clause at pos"; which clause, with what values, and where it lands is decided here.
 */
export function ClauseUiProvider({ desk, caseDetails, children }: { desk: DeskApi; caseDetails: CaseDetails & { regime?: Regime }; children: ReactNode }) {
  const { library, error } = useClauseLibrary(desk);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [palette, setPalette] = useState<Editor | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saveAs, setSaveAs] = useState<{ editor: Editor; text: string } | null>(null);
  const [notice, setNotice] = useState('');
  const lastEditor = useRef<Editor | null>(null);

  useEffect(() => {
    desk.getWorkspace({}).then((w) => setOrganisation(w.organisation), () => undefined);
  }, [desk]);

  // Keyed on the fields clauses quote, not the object: the caller's case changes on every save.
  const detailsKey = JSON.stringify(caseDetailsOf(caseDetails));
  const context = useMemo(() => fillContextFor(organisation ?? { name: '' }, JSON.parse(detailsKey) as CaseDetails), [organisation, detailsKey]);

  const backTo = (editor: Editor | null) => {
    if (editor && !editor.isDestroyed) editor.commands.focus();
  };

  const startFill = useCallback((editor: Editor, clause: LibraryClause) => {
    if (clause.variables.length === 0) {
      insertNode(editor, clauseAttrs(clause, {}, context), null);
      return;
    }
    setForm({ editor, clause, pos: null });
  }, [context]);

  const ui = useMemo<ClauseUi>(
    () => ({
      context,
      openPalette: (editor) => {
        lastEditor.current = editor;
        setPalette(editor);
      },
      editClause: (editor, pos) => {
        const node = editor.state.doc.nodeAt(pos);
        if (!node || node.type.name !== 'clause') return;
        const attrs = node.attrs as ClauseAttrs;
        const known = library?.byId.get(attrs.clauseId);
        const open = (clause: LibraryClause) => setForm({ editor, clause, existing: attrs.values, pos });
        // The values belong to the version the answer was written with; fetch it if the library moved on.
        if (known && known.version === attrs.version) open(known);
        else
          desk.getClause({ id: attrs.clauseId, version: attrs.version }).then(
            ({ text: _text, ...clause }) => open(clause),
            (err) => setFormError(`This clause cannot be edited: ${errorMessage(err)}`),
          );
      },
      saveAsClause: (editor) => {
        const { from, to, empty } = editor.state.selection;
        const text = empty ? '' : getTextBetween(editor.state.doc, { from, to }, { blockSeparator: '\n\n', textSerializers: getTextSerializersFromSchema(editor.schema) });
        if (text.trim() === '') {
          setNotice('Select the words in the answer to save as a clause first.');
          return;
        }
        setNotice('');
        setSaveAs({ editor, text });
      },
      insertIntoLastAnswer: (clause) => {
        const editor = lastEditor.current;
        if (!editor || editor.isDestroyed) return false;
        startFill(editor, clause);
        return true;
      },
      noteEditor: (editor) => {
        if (editor) lastEditor.current = editor;
      },
    }),
    [context, library, desk, startFill],
  );

  return (
    <ClauseUiContext.Provider value={ui}>
      {children}
      {formError && (
        <p className="banner error" role="alert">
          {formError} <button type="button" onClick={() => setFormError(null)}>Dismiss</button>
        </p>
      )}
      <div role="status" aria-live="polite" className="clause-notice">
        {notice && (
          <p className="banner">
            {notice} <button type="button" onClick={() => setNotice('')}>Dismiss</button>
          </p>
        )}
      </div>
      {saveAs && (
        <SaveAsClauseDialog
          desk={desk}
          selectedText={saveAs.text}
          regime={caseDetails.regime ?? 'foia'}
          context={context}
          onClose={() => {
            setSaveAs(null);
            backTo(saveAs.editor);
          }}
          onSaved={(clause) => {
            setSaveAs(null);
            setNotice(`Saved “${clause.title}” to your clauses: insert it with Ctrl+K.`);
            backTo(saveAs.editor);
          }}
        />
      )}
      {palette && (
        <ClausePalette
          library={library}
          error={error}
          onClose={() => {
            setPalette(null);
            backTo(palette);
          }}
          onChoose={(clause) => {
            setPalette(null);
            if (clause.variables.length === 0) backTo(palette);
            startFill(palette, clause);
          }}
        />
      )}
      {form && (
        <ClauseFillForm
          key={`${form.clause.id}-${form.pos ?? 'new'}`}
          clause={form.clause}
          existing={form.existing}
          context={context}
          forces={library?.forces ?? []}
          editing={form.pos !== null}
          onClose={() => {
            setForm(null);
            backTo(form.editor);
          }}
          onInsert={(values) => {
            setForm(null);
            insertNode(form.editor, clauseAttrs(form.clause, values, context), form.pos);
          }}
          onRemove={
            form.pos === null
              ? undefined
              : () => {
                  const pos = form.pos!;
                  setForm(null);
                  form.editor.chain().focus().deleteRange({ from: pos, to: pos + (form.editor.state.doc.nodeAt(pos)?.nodeSize ?? 1) }).run();
                }
          }
        />
      )}
    </ClauseUiContext.Provider>
  );
}

/** A new node at the cursor (replacing the empty paragraph it sits in), or new values for the node at pos. */
function insertNode(editor: Editor, attrs: ClauseAttrs, pos: number | null): void {
  if (editor.isDestroyed) return;
  if (pos !== null) {
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        tr.setNodeMarkup(pos, undefined, attrs);
        return true;
      })
      .setNodeSelection(pos)
      .run();
    return;
  }
  // insertContent leaves the new atom selected, so the next key typed would replace it: put the
  // cursor in the paragraph after the clause (making one if needed) so the officer writes on.
  editor
    .chain()
    .focus()
    .insertContent({ type: 'clause', attrs })
    .command(({ tr }) => {
      const end = tr.selection.to;
      const next = tr.doc.nodeAt(end);
      if (!next || next.type.name !== 'paragraph') tr.insert(end, tr.doc.type.schema.nodes['paragraph']!.create());
      tr.setSelection(TextSelection.create(tr.doc, end + 1));
      return true;
    })
    .run();
}
