import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

let electronPdfPrinter: (typeof import('./electronPdfPrinter'))['electronPdfPrinter'];
// The printer keeps its session for the app's lifetime, so each test loads it afresh.
beforeEach(async () => {
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
});
