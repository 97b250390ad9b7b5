import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { ClauseDetail } from '../../../core/api/clauseContract';
import type { FillContext, Regime } from '../../../core/clauses';
import { wordingFromText, type ClauseDraft } from '../../../core/clauses/clauseDraft';
import { Dialog } from '../ui/Dialog';
import { ClauseForm } from './ClauseForm';
import { refreshLibrary } from './clauseLibraryStore';

interface Props {
  desk: DeskApi;
  /** The words selected in the answer, as plain text with paragraphs separated by a blank line. */
  selectedText: string;
  /** The case's regime, ticked to start with. */
  regime: Regime;
  context: FillContext;
  onSaved: (clause: ClauseDetail) => void;
  onClose: () => void;
}

/**
 * Word's "Save Selection to Quick Part Gallery" for clauses: the selected words become an own
 * clause, with a title, kind, regimes and the blanks the officer marks. Saved, it is in the
 * palette at once.
 */
export function SaveAsClauseDialog({ desk, selectedText, regime, context, onSaved, onClose }: Props) {
  const [takenIds, setTakenIds] = useState<ReadonlySet<string>>(new Set());
  const [initial] = useState<ClauseDraft>(() => ({
    id: '',
    title: '',
    kind: 'standard',
    regimes: [regime],
    absolute: false,
    harm: 'none',
    version: 1,
    variables: [],
    body: wordingFromText(selectedText),
  }));

  // Ids already in the library (retired ones too): a new clause must never become a version of one.
  useEffect(() => {
    let live = true;
    desk.listClauses({ includeRetired: true }).then(
      (clauses) => live && setTakenIds(new Set(clauses.map((c) => c.id))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [desk]);

  return (
    <Dialog labelledBy="save-clause-heading" describedBy="save-clause-hint" className="save-as-clause" onClose={onClose}>
      <h2 id="save-clause-heading">Save as clause</h2>
      <p id="save-clause-hint" className="hint">Your own wording, kept in this workspace’s clause library. Insert it in any answer with Ctrl+K.</p>
      <ClauseForm
        idPrefix="save-clause"
        initial={initial}
        isNew
        takenIds={takenIds}
        context={context}
        onCancel={onClose}
        onSave={async (text) => {
          const saved = await desk.saveClause({ text });
          await refreshLibrary(desk);
          onSaved(saved);
        }}
      />
    </Dialog>
  );
}
