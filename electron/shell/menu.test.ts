import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeMenu, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const { buildAppMenu } = await import('./menu');

type Item = Record<string, unknown> & { submenu?: Item[] };
const realPlatform = process.platform;
const onPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform });

beforeEach(() => resetFakeElectron());
afterEach(() => onPlatform(realPlatform));

function build(options: { helpUrl?: string } = {}) {
  const actions = { newWorkspace: vi.fn(), openWorkspace: vi.fn(), ...options };
  const menu = buildAppMenu(actions) as unknown as FakeMenu;
  const top = menu.items as Item[];
  const named = (label: string) => top.find((i) => String(i['label']).replace('&', '') === label)!.submenu!;
  const labels = (items: Item[]) => items.map((i) => i['label'] ?? i['role'] ?? i['type']);
  return { actions, top, named, labels };
}

describe('buildAppMenu', () => {
  it('has File, Edit, View, Window and Help in UK English, with Alt-key letters off the Mac', () => {
    onPlatform('linux');
    const { top, named, labels, actions } = build();
    expect(top.map((i) => i['label'])).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(labels(named('File'))).toEqual(['New Workspace…', 'Open Workspace…', 'Connect to Team Workspace…', 'separator', 'Import Published Log…', 'separator', 'Quit']);
    expect(labels(named('Window'))).toEqual(['Minimise', 'close']);
    (named('File')[1]!['click'] as () => void)();
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
  });

  it('gives the Mac its app menu and Close Window, without Alt-key letters', () => {
    onPlatform('darwin');
    const { top, labels, named } = build();
    expect(top[0]).toEqual({ role: 'appMenu' });
    expect(top.slice(1).map((i) => i['label'])).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(named('File')).at(-1)).toBe('Close Window');
  });

  it('offers Edit > Search Everything…, which presses Ctrl+Shift+F (Cmd on a Mac) in the window', () => {
    onPlatform('linux');
    const item = build().named('Edit').find((i) => i['label'] === 'Search Everything…')!;
    // Shown, not registered: the window's own shortcut handles the keys.
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+F', registerAccelerator: false });
    const sent: unknown[] = [];
    (item['click'] as (item: unknown, window: unknown) => void)({}, { webContents: { sendInputEvent: (e: unknown) => sent.push(e) } });
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'F', modifiers: ['control', 'shift'] },
      { type: 'keyUp', keyCode: 'F', modifiers: ['control', 'shift'] },
    ]);
    expect(() => (item['click'] as (item: unknown, window: unknown) => void)({}, undefined)).not.toThrow();
  });

  it('offers View > Statistics, which presses Ctrl+Shift+T in the window (Ctrl+Shift+S is Save as clause)', () => {
    onPlatform('linux');
    const item = build().named('View').find((i) => i['label'] === 'Statistics')!;
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+T', registerAccelerator: false });
    const sent: unknown[] = [];
    (item['click'] as (item: unknown, window: unknown) => void)({}, { webContents: { sendInputEvent: (e: unknown) => sent.push(e) } });
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'T', modifiers: ['control', 'shift'] },
      { type: 'keyUp', keyCode: 'T', modifiers: ['control', 'shift'] },
    ]);
  });

  it('offers File > Import Published Log…, which presses Ctrl+Shift+P (Cmd on a Mac) in the window', () => {
    onPlatform('darwin');
    const item = build().named('File').find((i) => i['label'] === 'Import Published Log…')!;
    // Not Ctrl+Shift+L: the case screen's clause library has it.
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false });
    const sent: unknown[] = [];
    (item['click'] as (item: unknown, window: unknown) => void)({}, { webContents: { sendInputEvent: (e: unknown) => sent.push(e) } });
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'P', modifiers: ['meta', 'shift'] },
      { type: 'keyUp', keyCode: 'P', modifiers: ['meta', 'shift'] },
    ]);
  });

  it('offers File > Connect to Team Workspace…, which presses Ctrl+Shift+K in the window', () => {
    onPlatform('linux');
    const item = build().named('File').find((i) => i['label'] === 'Connect to Team Workspace…')!;
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+K', registerAccelerator: false });
    const sent: unknown[] = [];
    (item['click'] as (item: unknown, window: unknown) => void)({}, { webContents: { sendInputEvent: (e: unknown) => sent.push(e) } });
    expect(sent).toEqual([
      { type: 'keyDown', keyCode: 'K', modifiers: ['control', 'shift'] },
      { type: 'keyUp', keyCode: 'K', modifiers: ['control', 'shift'] },
    ]);
  });

  it('offers developer tools only in development', () => {
    fake.app.isPackaged = false;
    expect(build().named('View').some((i) => i['role'] === 'toggleDevTools')).toBe(true);
    fake.app.isPackaged = true;
    expect(build().named('View').some((i) => i['role'] === 'toggleDevTools')).toBe(false);
  });

  it('links Help to the browser only for an https address', () => {
    const withHelp = build({ helpUrl: 'https://disclosuredesk.example/help' }).named('Help');
    expect(withHelp.map((i) => i['label'])).toEqual(['Disclosure Desk Help', 'About Disclosure Desk']);
    (withHelp[0]!['click'] as () => void)();
    expect(fake.shell.opened).toEqual(['https://disclosuredesk.example/help']);
    for (const helpUrl of ['http://disclosuredesk.example/help', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(build({ helpUrl }).named('Help').map((i) => i['label']), helpUrl).toEqual(['About Disclosure Desk']);
    }
  });
});
