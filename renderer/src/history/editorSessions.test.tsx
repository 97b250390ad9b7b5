import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/react';
import type { RichNode } from '../../../core/model';
import { AnswerEditor } from '../editor/AnswerEditor';
import { endAllEditorSessions } from './editorSessions';

const doc = (text: string): RichNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

afterEach(() => endAllEditorSessions());

/** Shows one answer's editor, as AnswerBlock does for the answer in use, and hands back the editor. */
function show(answerId: string, text: string) {
  let editor: Editor | null = null;
  const changes: RichNode[] = [];
  const view = render(<AnswerEditor sessionKey={answerId} doc={doc(text)} label={`Answer ${answerId}`} onChange={(d) => changes.push(d)} onEditor={(e) => (editor = e ?? editor)} />);
  return { view, editor: () => editor!, changes };
}

describe("an answer's editor kept for the session", () => {
  it('still undoes what was typed after going to another answer and back', () => {
    const first = show('a1', 'We hold the information.');
    first.editor().chain().focus('end').insertContent(' It is attached.').run();
    expect(first.editor().getText()).toBe('We hold the information. It is attached.');
    first.view.unmount();

    // Another answer in use, typed into, then left.
    const second = show('a2', 'Not held.');
    second.editor().chain().focus('end').insertContent(' Ask the council.').run();
    second.view.unmount();

    // Back to the first: what was typed is there, and Ctrl+Z's command takes it away again.
    const again = show('a1', 'We hold the information. It is attached.');
    expect(again.editor()).toBe(first.editor());
    expect(again.editor().can().undo()).toBe(true);
    again.editor().commands.undo();
    expect(again.editor().getText()).toBe('We hold the information.');
    expect(again.changes.at(-1)).toEqual(doc('We hold the information.'));
  });

  it('takes a text changed while it was away (a restore) as one more step, itself undoable', () => {
    const first = show('a3', 'First words.');
    first.editor().chain().focus('end').insertContent(' More.').run();
    first.view.unmount();
    const again = show('a3', 'Restored words.');
    expect(again.editor().getText()).toBe('Restored words.');
    again.editor().commands.undo();
    expect(again.editor().getText()).toBe('First words. More.');
  });

  it('gives each answer its own undo history', () => {
    const first = show('a4', 'One.');
    first.editor().chain().focus('end').insertContent(' Typed in one.').run();
    first.view.unmount();
    const second = show('a5', 'Two.');
    expect(second.editor().can().undo()).toBe(false);
    expect(second.editor()).not.toBe(first.editor());
  });
});
