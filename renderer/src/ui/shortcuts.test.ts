import { Editor, getExtensionField, getSchemaTypeByName, type AnyExtension } from '@tiptap/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerExtensions } from '../../../core/editor/extensions';
import { withClauseUi } from '../clauses/editorExtensions';

/**
 * Every keyboard shortcut the app registers, in one list, so two features can never take the same keys
 * (keyboard first is a product rule, and a clash silently runs both). Three sources:
 *  - useShortcut calls in the renderer, read from the source (each must name its keys as a literal);
 *  - the answer editor's keymaps, enumerated from the real extensions it is built with;
 *  - the application menu's accelerators and the default keys of its roles (electron/shell/menu.ts).
 * Scopes nest: the window (App, the sidebar, the menu) holds every screen; the case screen holds the
 * answer editor. Two registrations of one key clash when one's scope holds the other's.
 */

type Scope = 'window' | 'case' | 'editor' | `screen:${string}`;
interface Registration {
  keys: string;
  scope: Scope;
  where: string;
  /** One feature's own bindings (an extension's Mod-b and Mod-B, a role in two menus) are one action. */
  source?: string;
}

const ROOT = join(import.meta.dirname, '../../..');
const RENDERER = join(ROOT, 'renderer/src');

/** "CmdOrCtrl+Shift+L", "mod+shift+l", "Shift-Mod-z" -> "mod+shift+l": Ctrl off the Mac, Cmd on it. */
export function normaliseKeys(text: string, separator: '+' | '-'): string {
  const parts = separator === '-' ? text.split(/-(?!$)/) : text.split(/\+(?!$)/);
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(
    parts.map((p) => {
      const m = p.toLowerCase();
      if (['mod', 'cmdorctrl', 'commandorcontrol', 'ctrl', 'control', 'cmd', 'command', 'meta'].includes(m)) return 'mod';
      if (m === 'option') return 'alt';
      return m;
    }),
  );
  const named: Record<string, string> = { plus: '+', esc: 'escape', space: ' ', up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright' };
  return [...[...mods].sort(), named[key] ?? key].join('+');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The sidebar, the search and App itself are always on screen; each other folder is a screen. */
function scopeOfFile(path: string): Scope {
  const rel = relative(RENDERER, path).replace(/\\/g, '/');
  const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '';
  if (folder === '' || folder === 'caseList' || folder === 'search' || folder === 'ui') return 'window';
  if (folder === 'case') return 'case';
  return `screen:${folder}`;
}

function windowShortcuts(): Registration[] {
  return sourceFiles(RENDERER).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const calls = [...text.matchAll(/\buseShortcut\(\s*([^,)]*)/g)].filter((m) => !/function useShortcut/.test(text.slice(Math.max(0, m.index - 9), m.index + 12)));
    return calls.map((m) => {
      const literal = /^'([^']+)'$/.exec(m[1]!.trim());
      // A shortcut built at run time cannot be checked: the list would have a hole in it.
      if (!literal) throw new Error(`${relative(ROOT, path)}: useShortcut(${m[1]}) must name its keys as a string literal`);
      return { keys: normaliseKeys(literal[1]!, '+'), scope: scopeOfFile(path), where: `${relative(ROOT, path)} useShortcut('${literal[1]}')` };
    });
  });
}

let editor: Editor | null = null;
afterAll(() => editor?.destroy());

/** Each extension's keymap, read as TipTap's ExtensionManager reads it, from the editor the case screen builds. */
function editorKeymaps(): Registration[] {
  editor ??= new Editor({ extensions: withClauseUi(answerExtensions(), { current: null }) });
  const built = editor;
  return built.extensionManager.extensions.flatMap((extension: AnyExtension) => {
    const context = { name: extension.name, options: extension.options, storage: built.extensionStorage[extension.name as never], editor: built, type: getSchemaTypeByName(extension.name, built.schema) };
    const add = getExtensionField<(() => Record<string, unknown>) | undefined>(extension, 'addKeyboardShortcuts', context);
    return Object.keys(add ? add() : {}).map((keys) => ({ keys: normaliseKeys(keys, '-'), scope: 'editor' as const, where: `editor extension "${extension.name}" ${keys}`, source: `extension:${extension.name}` }));
  });
}

/**
 * The keys Electron gives the menu's roles on Windows and Linux (electron's docs, "MenuItem roles").
 * The editing roles act on the page as the editor's own keys do, so they are the same action, not a clash.
 */
const ROLE_KEYS: Record<string, string[]> = {
  reload: ['mod+r'],
  forceReload: ['mod+shift+r'],
  toggleDevTools: ['mod+shift+i'],
  resetZoom: ['mod+0'],
  zoomIn: ['mod++', 'mod+='],
  zoomOut: ['mod+-'],
  togglefullscreen: ['f11'],
  minimize: ['mod+m'],
  close: ['mod+w'],
  quit: ['mod+q'],
};
const SAME_AS_EDITOR = ['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll'];
const NO_KEYS = ['appMenu', 'help', 'zoom'];

interface MenuAccelerator extends Registration {
  /** Shown in the menu only: choosing it presses the keys in the window, whose own shortcut acts. */
  pressesWindowShortcut: boolean;
}

function menuAccelerators(): MenuAccelerator[] {
  const path = join(ROOT, 'electron/shell/menu.ts');
  const text = readFileSync(path, 'utf8');
  const explicit = [...text.matchAll(/accelerator:\s*([^,}\n]+)/g)].map((m) => {
    const literal = /^'([^']+)'$/.exec(m[1]!.trim());
    if (!literal) throw new Error(`electron/shell/menu.ts: accelerator ${m[1]} must be a string literal`);
    // The item's own braces: from the `{` before the accelerator to the `}` after it.
    const item = text.slice(text.lastIndexOf('{', m.index), text.indexOf('}', m.index) + 1);
    return { keys: normaliseKeys(literal[1]!, '+'), scope: 'window' as const, where: `menu accelerator ${literal[1]}`, pressesWindowShortcut: /registerAccelerator:\s*false/.test(item) };
  });
  const roles = [...text.matchAll(/role:\s*'([A-Za-z]+)'/g)].map((m) => m[1]!);
  const unknown = roles.filter((r) => !(r in ROLE_KEYS) && !SAME_AS_EDITOR.includes(r) && !NO_KEYS.includes(r));
  if (unknown.length > 0) throw new Error(`menu roles with keys this test does not know: ${unknown.join(', ')}; add them to ROLE_KEYS`);
  const fromRoles = roles.flatMap((role) => (ROLE_KEYS[role] ?? []).map((keys) => ({ keys, scope: 'window' as const, where: `menu role ${role}`, source: `role:${role}`, pressesWindowShortcut: false })));
  return [...explicit, ...fromRoles];
}

const PARENT: Record<string, Scope | undefined> = { case: 'window', editor: 'case' };
const parentOf = (scope: Scope): Scope | undefined => PARENT[scope] ?? (scope.startsWith('screen:') ? 'window' : undefined);
function holds(outer: Scope, inner: Scope): boolean {
  for (let s: Scope | undefined = inner; s; s = parentOf(s)) if (s === outer) return true;
  return false;
}
const overlap = (a: Scope, b: Scope) => holds(a, b) || holds(b, a);

/**
 * In the editor, ProseMirror runs each keymap's handler for a key in turn until one takes it: Enter,
 * Backspace, Tab and the arrows are shared that way by design (each declines what is not its node).
 * A command key (a letter, digit or function key with Ctrl or Alt) has one meaning.
 */
const isChainedEditingKey = (keys: string) => /(^|\+)(enter|backspace|delete|tab|arrow\w+|home|end|escape)$/.test(keys) || !/(mod|alt)\+/.test(keys);

export function clashes(registrations: readonly Registration[]): string[] {
  const found: string[] = [];
  registrations.forEach((a, i) =>
    registrations.slice(i + 1).forEach((b) => {
      if (a.keys !== b.keys || !overlap(a.scope, b.scope) || (a.source !== undefined && a.source === b.source)) return;
      if (a.scope === 'editor' && b.scope === 'editor' && isChainedEditingKey(a.keys)) return;
      found.push(`${a.keys}: ${a.where} and ${b.where}`);
    }),
  );
  return found;
}

describe('keyboard shortcuts', () => {
  it('reads every kind of key the app names the same way', () => {
    expect(normaliseKeys('CmdOrCtrl+Shift+L', '+')).toBe('mod+shift+l');
    expect(normaliseKeys('mod+shift+l', '+')).toBe('mod+shift+l');
    expect(normaliseKeys('Shift-Mod-l', '-')).toBe('mod+shift+l');
    expect(normaliseKeys('Alt-F3', '-')).toBe('alt+f3');
    expect(normaliseKeys('CmdOrCtrl+Plus', '+')).toBe('mod++');
    expect(normaliseKeys('Mod--', '-')).toBe('mod+-');
  });

  it('finds a clash between scopes that hold one another, and none between sibling screens', () => {
    const r = (keys: string, scope: Scope, where: string): Registration => ({ keys, scope, where });
    expect(clashes([r('mod+shift+s', 'window', 'App'), r('mod+shift+s', 'editor', 'save as clause')])).toHaveLength(1);
    expect(clashes([r('mod+shift+l', 'window', 'App'), r('mod+shift+l', 'case', 'library')])).toHaveLength(1);
    expect(clashes([r('mod+e', 'screen:stats', 'a'), r('mod+e', 'case', 'b')])).toEqual([]);
    expect(clashes([r('enter', 'editor', 'list item'), r('enter', 'editor', 'clause')])).toEqual([]);
    expect(clashes([r('mod+b', 'editor', 'bold'), r('mod+b', 'editor', 'own')])).toHaveLength(1);
  });

  it('collects the shortcuts from all three sources', () => {
    const window = windowShortcuts();
    const keymaps = editorKeymaps();
    const menu = menuAccelerators();
    // Sentinels: if a source stops being read, the clash test below would pass for the wrong reason.
    expect(window.map((r) => r.keys)).toEqual(expect.arrayContaining(['mod+n', 'mod+shift+f', 'mod+shift+l']));
    expect(keymaps.map((r) => r.keys)).toEqual(expect.arrayContaining(['mod+b', 'mod+k', 'alt+f3']));
    expect(menu.map((r) => r.keys)).toEqual(expect.arrayContaining(['mod+shift+f', 'mod+r', 'mod+shift+i']));
  });

  it('gives each menu item that presses keys in the window a window shortcut for them', () => {
    const window = windowShortcuts().filter((r) => r.scope === 'window');
    const pressed = menuAccelerators().filter((m) => m.pressesWindowShortcut);
    expect(pressed.filter((m) => !window.some((w) => w.keys === m.keys)).map((m) => m.where)).toEqual([]);
  });

  it('never binds one key to two things at once', () => {
    // A menu item that presses the window's own shortcut is that shortcut, not a second binding.
    const menu = menuAccelerators().filter((m) => !m.pressesWindowShortcut);
    expect(clashes([...windowShortcuts(), ...editorKeymaps(), ...menu])).toEqual([]);
  });
});
