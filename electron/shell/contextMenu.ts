import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';

/**
 * The right-click menu. Electron has none by default, so without this the en-GB spellchecker
 * would underline words with no way to correct them, and there would be no Cut/Copy/Paste.
 */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = [];
    if (params.misspelledWord) {
      for (const suggestion of params.dictionarySuggestions.slice(0, 5)) {
        items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
      }
      if (params.dictionarySuggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
      items.push(
        { label: 'Add to Dictionary', click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) },
        { type: 'separator' },
      );
    }
    const flags = params.editFlags;
    if (params.isEditable) {
      items.push({ role: 'cut', enabled: flags.canCut }, { role: 'copy', enabled: flags.canCopy }, { role: 'paste', enabled: flags.canPaste }, { type: 'separator' }, { role: 'selectAll', enabled: flags.canSelectAll });
    } else if (params.selectionText.trim()) {
      items.push({ role: 'copy', enabled: flags.canCopy });
    }
    if (items.length > 0) Menu.buildFromTemplate(items).popup();
  });
}
