import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './appOrigin';
import { denyAllPermissions } from './security';
import type { DisposablePdfPrinter } from '../services/pdf/pdfPrinter';

/**
 * The app's printer behind the one PdfPrinter seam (electron/services/pdf/pdfPrinter.ts): a
 * letter's HTML to a tagged PDF with Electron's own printToPDF (the log's PDF is written without a
 * browser: ../services/pdf/logPdf.ts). The CLI and tests print the same HTML through
 * ../services/pdf/chromiumPdfPrinter.ts. Only the Electron part lives here.
 *
 * The HTML is served from memory as app://print/<id> in a throwaway, in-memory session rather
 * than loaded as a data: URL (Chromium caps URLs at 2 MB, and a letter with its logo and a long
 * answer can be larger) or a temporary file (checklist #18: avoid file://). The window is hidden, sandboxed
 * and has JavaScript off; the CSP below means the page can load nothing but inline styles and
 * data: images and fonts, so pasted content cannot fetch from the network while printing.
 *
 * ONE such window is kept between prints (issue 13), as the CLI's printer keeps its page: starting
 * a window's renderer cost 300–480 ms of every export. Reusing it is safe for the same reasons:
 * no script runs and nothing can be fetched, so a document leaves nothing behind, and each load
 * replaces the last document. Prints are queued, since one window prints one document at a time.
 * A window that crashed or was destroyed is dropped and a new one made for the next print.
 */
const PRINT_PARTITION = 'disclosure-desk-print'; // no "persist:" prefix: kept in memory only
const PRINT_HOST = 'print';
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
/** An empty page on the print origin: warm() loads it so the renderer a print will use is running. */
const BLANK_URL = `${APP_SCHEME}://${PRINT_HOST}/`;

const pages = new Map<string, string>();
let printSession: Session | null = null;

function getPrintSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(ses);
  ses.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const id = url.pathname.slice(1);
    const html = url.host !== PRINT_HOST ? undefined : id === '' ? '' : pages.get(id);
    return new Response(html ?? 'Not found', {
      status: html === undefined ? 404 : 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP },
    });
  });
  printSession = ses;
  return ses;
}

function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 794, // A4 at 96 dpi, so screen-sized layout matches the page
    height: 1123,
    webPreferences: {
      session: getPrintSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
    },
  });
}

class ElectronPdfPrinter implements DisposablePdfPrinter {
  private window: BrowserWindow | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  print(html: string): Promise<Uint8Array> {
    return this.enqueue(async () => new Uint8Array(await this.printNow(html)));
  }

  /**
   * Makes the window and has it load an empty page on the print origin, so its renderer starts
   * while the caller runs the checks. Resolves at once (the load is queued ahead of any print);
   * never rejects: a window that fails to start is dropped, and the print makes another.
   */
  warm(): Promise<void> {
    if (this.live()) return Promise.resolve();
    void this.enqueue(async () => {
      if (this.live()) return;
      const window = this.openWindow();
      await window.loadURL(BLANK_URL).catch(() => this.drop(window));
    });
    return Promise.resolve();
  }

  /** The app is quitting or its last window closed: the hidden window must not keep it running. */
  async dispose(): Promise<void> {
    const window = this.window;
    if (window) this.drop(window);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private live(): BrowserWindow | null {
    const window = this.window;
    if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) return window;
    this.window = null;
    return null;
  }

  private openWindow(): BrowserWindow {
    const window = createPrintWindow();
    this.window = window;
    // A renderer that crashed (or was killed) leaves a window that cannot print: drop it.
    window.webContents.on('render-process-gone', () => this.drop(window));
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    return window;
  }

  private drop(window: BrowserWindow): void {
    if (this.window === window) this.window = null;
    if (!window.isDestroyed()) window.destroy();
  }

  private async printNow(html: string): Promise<Buffer> {
    const window = this.live() ?? this.openWindow();
    const id = randomUUID();
    pages.set(id, html);
    try {
      await window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${id}`);
      return await window.webContents.printToPDF({
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        // As the CLI's printer (electron/services/pdf/chromiumPdfPrinter.ts, playwright's defaults),
        // so both give the same pages: A4 unless the HTML's @page says otherwise, and no margin of
        // our own (Chromium's default is 1 cm); the stylesheet's @page rule sets the margins.
        pageSize: 'A4',
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
    } catch (err) {
      // A window a print failed in may be half-loaded or crashed: the next print starts afresh.
      this.drop(window);
      throw err;
    } finally {
      pages.delete(id);
    }
  }
}

/** DeskService takes it as its `pdfPrinter` option (./workspace.ts), through the service host. */
export const electronPdfPrinter: DisposablePdfPrinter = new ElectronPdfPrinter();
