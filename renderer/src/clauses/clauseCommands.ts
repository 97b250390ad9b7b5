import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

export interface ClauseCommandHandlers {
  /** Open the palette for this editor. */
  openPalette(editor: Editor): void;
  /** Reopen the fill form of the clause node at `pos`. */
  editClause(editor: Editor, pos: number): void;
  /** Save the selected words as an own clause (Word's Quick Parts). */
  saveAsClause(editor: Editor): void;
}

/**
 * The two keystrokes to a clause: Ctrl+K anywhere in an answer, or "/" at the start of an empty
 * paragraph (where a slash is never the text the officer meant). Enter on a selected clause
 * reopens its values. Alt+F3 (or Ctrl+Shift+S) saves the selection as a clause. Handlers are read through a ref so the editor need not be rebuilt when the
 * React side changes.
 */
export const ClauseCommands = Extension.create<{ handlers: { current: ClauseCommandHandlers | null } }>({
  name: 'clauseCommands',
  priority: 1000,

  addOptions() {
    return { handlers: { current: null } };
  },

  addKeyboardShortcuts() {
    const handlers = () => this.options.handlers.current;
    const saveAs = (editor: Editor) => {
      const h = handlers();
      if (!h) return false;
      h.saveAsClause(editor);
      return true;
    };
    return {
      'Mod-k': ({ editor }) => {
        const h = handlers();
        if (!h) return false;
        h.openPalette(editor);
        return true;
      },
      '/': ({ editor }) => {
        const h = handlers();
        const { selection } = editor.state;
        const parent = selection.$from.parent;
        if (!h || !selection.empty || parent.type.name !== 'paragraph' || parent.content.size > 0) return false;
        h.openPalette(editor);
        return true;
      },
      // Alt+F3 is Word's own key for saving a selection as a Quick Part.
      'Alt-F3': ({ editor }) => saveAs(editor),
      'Mod-Shift-s': ({ editor }) => saveAs(editor),
      Enter: ({ editor }) => {
        const h = handlers();
        const { selection } = editor.state;
        if (!h || !(selection instanceof NodeSelection) || selection.node.type.name !== 'clause') return false;
        h.editClause(editor, selection.from);
        return true;
      },
    };
  },
});
