import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

let electronPdfPrinter: (typeof import('./electronPdfPrinter'))['electronPdfPrinter'];
// The printer keeps its session for the app's lifetime, so each test loads it afresh.
beforeEach(async () => {
  vi.restoreAllMocks();
  resetFakeElectron();
  vi.resetModules();
  ({ electronPdfPrinter } = await import('./electronPdfPrinter'));
});

describe('electronPdfPrinter', () => {
  it('prints from a hidden, sandboxed window with JavaScript off, in a session kept in memory', async () => {
    const pdf = await electronPdfPrinter.print('<h1>May 2024</h1>');
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF/);
    const [window] = fake.windows as FakeBrowserWindow[];
    expect(window!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false } });
    expect(window!.webContents.session.partition).not.toMatch(/^persist:/);
    expect(window!.webContents.lastPrintOptions).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, pageSize: 'A4' });
    expect(window!.options).toMatchObject({ webPreferences: { spellcheck: false, webSecurity: true } });
    // Kept for the next print (issue 13), until dispose().
    expect(window!.destroyed).toBe(false);
    await electronPdfPrinter.dispose();
    expect(window!.destroyed).toBe(true);
  });

  it('serves the page only while it prints, with a CSP that loads nothing from outside', async () => {
    await electronPdfPrinter.print('<p>first</p>');
    const [window] = fake.windows as FakeBrowserWindow[];
    const ses = window!.webContents.session;
    expect(ses.permissionRequestHandler).not.toBeNull();
    const handler = ses.protocol.handlers.get('app')!;
    // The page printed is gone once the print is done: the same address now finds nothing.
    const after = await handler(new Request(window!.loaded[0]!));
    expect(after.status).toBe(404);
    expect(after.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'");
    expect((await handler(new Request('app://desk/index.html'))).status).toBe(404);
  });

  it('serves the HTML under its one-off address while printing', async () => {
    let served = '';
    const original = FakeBrowserWindow.prototype.loadURL;
    vi.spyOn(FakeBrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: FakeBrowserWindow, url: string) {
      await original.call(this, url);
      served = await (await this.webContents.session.protocol.handlers.get('app')!(new Request(url))).text();
    });
    await electronPdfPrinter.print('<p>the log</p>');
    expect(served).toBe('<p>the log</p>');
    expect(fake.windows).toHaveLength(1);
  });

  it('keeps one window across prints, each load replacing the last document', async () => {
    await electronPdfPrinter.print('<p>April</p>');
    await electronPdfPrinter.print('<p>May</p>');
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows as FakeBrowserWindow[];
    expect(window!.loaded).toHaveLength(2);
    expect(window!.loaded[0]).not.toBe(window!.loaded[1]);
    expect(window!.destroyed).toBe(false);
  });

  it('prints one document at a time: the next load waits for the last print to finish', async () => {
    const events: string[] = [];
    const releases: (() => void)[] = [];
    const load = FakeBrowserWindow.prototype.loadURL;
    vi.spyOn(FakeBrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: FakeBrowserWindow, url: string) {
      events.push(`load ${await (await this.webContents.session.protocol.handlers.get('app')!(new Request(url))).text()}`);
      await load.call(this, url);
    });
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockImplementation(async function () {
      events.push('print starts');
      await new Promise<void>((resolve) => releases.push(resolve));
      events.push('print ends');
      return Buffer.from('%PDF-1.7 fake');
    });
    const first = electronPdfPrinter.print('<p>one</p>');
    const second = electronPdfPrinter.print('<p>two</p>');
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    // Settle a few turns: were the queue missing, the second load would have happened by now.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['load <p>one</p>', 'print starts']);
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    await second;
    expect(events).toEqual(['load <p>one</p>', 'print starts', 'print ends', 'load <p>two</p>', 'print starts', 'print ends']);
    expect(fake.windows).toHaveLength(1);
  });

  it('drops a destroyed window and makes a new one for the next print', async () => {
    await electronPdfPrinter.print('<p>one</p>');
    (fake.windows[0] as FakeBrowserWindow).destroy();
    await electronPdfPrinter.print('<p>two</p>');
    expect(fake.windows).toHaveLength(2);
    expect((fake.windows[1] as FakeBrowserWindow).loaded).toHaveLength(1);
    expect((fake.windows[1] as FakeBrowserWindow).destroyed).toBe(false);
  });

  it('drops a window whose renderer crashed, and one a print failed in', async () => {
    await electronPdfPrinter.print('<p>one</p>');
    const crashed = fake.windows[0] as FakeBrowserWindow;
    crashed.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(crashed.destroyed).toBe(true);
    await electronPdfPrinter.print('<p>two</p>');
    expect(fake.windows).toHaveLength(2);

    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockRejectedValueOnce(new Error('Printing failed'));
    await expect(electronPdfPrinter.print('<p>three</p>')).rejects.toThrow('Printing failed');
    expect((fake.windows[1] as FakeBrowserWindow).destroyed).toBe(true);
    expect(new TextDecoder().decode(await electronPdfPrinter.print('<p>four</p>'))).toMatch(/^%PDF/);
    expect(fake.windows).toHaveLength(3);
  });

  it('warm() makes the window ahead of the print, on an empty page of the print origin', async () => {
    await electronPdfPrinter.warm!();
    await electronPdfPrinter.warm!();
    await vi.waitFor(() => expect((fake.windows[0] as FakeBrowserWindow | undefined)?.loaded).toEqual(['app://print/']));
    const [window] = fake.windows as FakeBrowserWindow[];
    expect(window!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    const blank = await window!.webContents.session.protocol.handlers.get('app')!(new Request('app://print/'));
    expect(blank.status).toBe(200);
    expect(await blank.text()).toBe('');
    expect(blank.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    await electronPdfPrinter.print('<p>May</p>');
    expect(fake.windows).toHaveLength(1);
    expect(window!.loaded).toHaveLength(2);
  });
});
