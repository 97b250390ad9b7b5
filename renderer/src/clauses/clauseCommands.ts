import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

export interface ClauseCommandHandlers {
  /** Open the palette for this editor. */
  openPalette(editor: Editor): void;
  /** Reopen the fill form of the clause node at `pos`. */
  editClause(editor: Editor, pos: number): void;
}

/**
 * The two keystrokes to a clause: Ctrl+K anywhere in an answer, or "/" at the start of an empty
 * paragraph (where a slash is never the text the officer meant). Enter on a selected clause
 * reopens its values. Handlers are read through a ref so the editor need not be rebuilt when the
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
