import { Editor } from '@tiptap/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { answerExtensions } from '../../../core/editor/extensions';
import type { RichNode } from '../../../core/model';
import { EditorToolbar } from './EditorToolbar';

// A real editor with the answer schema, mounted in happy-dom, with "Read the guidance" selected.
function answerEditor(): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: answerExtensions(),
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Read the guidance' }] }] },
  });
  editor.commands.setTextSelection({ from: 10, to: 18 });
  return editor;
}

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

describe('EditorToolbar', () => {
  it('keeps working when its editor arrives after the first render', () => {
    // The answer's editor is null on the first render and set on the next: the toolbar's hooks
    // must run in the same order both times, or React throws "Rendered more hooks".
    const { rerender } = render(<EditorToolbar editor={null} />);
    expect(screen.queryByRole('toolbar')).toBeNull();
    const editor = answerEditor();
    editors.push(editor);
    rerender(<EditorToolbar editor={editor} />);
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
  });

  it('shows Bold as pressed when the selection is bold', async () => {
    const editor = answerEditor();
    editors.push(editor);
    render(<EditorToolbar editor={editor} />);
    expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(screen.getByRole('button', { name: 'Bold' }));
    expect(editor.isActive('bold')).toBe(true);
    expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('refuses a javascript: link and links an address typed without its scheme over https', async () => {
    const editor = answerEditor();
    editors.push(editor);
    const user = userEvent.setup();
    render(<EditorToolbar editor={editor} />);

    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByRole('textbox', { name: 'Link address' });
    await user.type(address, 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Links must start with https://, http:// or mailto:.');
    expect(editor.isActive('link')).toBe(false);

    await user.clear(address);
    await user.type(address, 'ico.org.uk/guidance{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
    act(() => editor.commands.setTextSelection(12));
    expect(editor.getAttributes('link')['href']).toBe('https://ico.org.uk/guidance');
    expect(editor.state.doc.textBetween(10, 18)).toBe('guidance');
  });

  it('shows the table tools in a table: rows and columns added and deleted, header row toggled, table deleted', async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({ element, extensions: answerExtensions(), content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Figures:' }] }] } });
    editors.push(editor);
    const user = userEvent.setup();
    render(<EditorToolbar editor={editor} />);
    expect(screen.queryByRole('group', { name: 'Table' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Insert table' }));
    const tools = screen.getByRole('group', { name: 'Table' });
    const shape = () => {
      const table = (editor.getJSON() as RichNode).content?.find((n) => n.type === 'table');
      return table ? (table.content ?? []).map((row) => (row.content ?? []).map((cell) => (cell.type === 'tableHeader' ? 'H' : 'c')).join('')) : null;
    };
    expect(shape()).toEqual(['HH', 'cc']);
    const button = (name: string) => within(tools).getByRole('button', { name });
    expect(button('Header row').getAttribute('aria-pressed')).toBe('true');

    // Into the first body cell (Tab twice, as the officer would), then rows around it.
    act(() => void editor.chain().goToNextCell().goToNextCell().run());
    await user.click(button('Add row below'));
    await user.click(button('Add row above'));
    expect(shape()).toEqual(['HH', 'cc', 'cc', 'cc']);
    await user.click(button('Add column after'));
    await user.click(button('Add column before'));
    expect(shape()).toEqual(['HHHH', 'cccc', 'cccc', 'cccc']);
    await user.click(button('Delete row'));
    await user.click(button('Delete column'));
    expect(shape()).toEqual(['HHH', 'ccc', 'ccc']);

    await user.click(button('Header row'));
    expect(shape()).toEqual(['ccc', 'ccc', 'ccc']);
    expect(button('Header row').getAttribute('aria-pressed')).toBe('false');
    await user.click(button('Header row'));
    expect(shape()).toEqual(['HHH', 'ccc', 'ccc']);

    await user.click(button('Delete table'));
    expect(shape()).toBeNull();
    expect(screen.queryByRole('group', { name: 'Table' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Insert table' })).toBeTruthy();
  });
});
