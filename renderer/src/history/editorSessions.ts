import { Editor, type EditorOptions } from '@tiptap/react';

/**
 * Each answer's live editor, kept for as long as the window is open, so that going to another answer
 * and back keeps the undo history (Ctrl+Z still undoes what was typed before). Only the answer in use
 * shows its editor (see AnswerBlock); the others are detached from the page, not destroyed.
 *
 * The editor's callbacks reach the component showing it now through `handlers`, which each mount
 * replaces: the editor outlives the component that first made it.
 */
export interface EditorSession<H> {
  editor: Editor;
  handlers: { current: H };
}

// A long day may visit hundreds of answers: the least recently used editors beyond this are let go.
const MAX_SESSIONS = 60;
const sessions = new Map<string, EditorSession<unknown>>();

export function editorSession<H>(key: string, handlers: H, create: (handlers: { current: H }) => Partial<EditorOptions>): EditorSession<H> {
  const found = sessions.get(key) as EditorSession<H> | undefined;
  if (found && !found.editor.isDestroyed) {
    // Most recently used last, so the oldest is first to go.
    sessions.delete(key);
    sessions.set(key, found);
    found.handlers.current = handlers;
    return found;
  }
  const ref = { current: handlers };
  const session: EditorSession<H> = { editor: new Editor(create(ref)), handlers: ref };
  sessions.set(key, session as EditorSession<unknown>);
  for (const [oldKey, old] of sessions) {
    if (sessions.size <= MAX_SESSIONS) break;
    // Never the one just asked for, nor one on screen.
    if (oldKey === key || (old.editor as Editor & { isEditorContentInitialized?: boolean }).isEditorContentInitialized) continue;
    sessions.delete(oldKey);
    old.editor.destroy();
  }
  return session;
}

/** Lets go of one answer's editor. */
export function endEditorSession(key: string): void {
  const s = sessions.get(key);
  sessions.delete(key);
  s?.editor.destroy();
}

/** For tests: every kept editor let go. */
export function endAllEditorSessions(): void {
  for (const key of [...sessions.keys()]) endEditorSession(key);
}
