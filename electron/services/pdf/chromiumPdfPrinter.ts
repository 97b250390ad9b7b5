import type { Browser, Page } from 'playwright-core';
import type { DisposablePdfPrinter } from './pdfPrinter';
import { findChromium } from './findChromium';

// Flags for a headless print on a locked-down machine: no GPU, no sandbox (containers, CI), and no
// calls home, so printing works offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// A4 (210 × 297 mm) less core/documents/printCss's @page margins (20 mm each side, 22 mm top and bottom), in CSS px.
const A4_INSIDE_MARGINS = { width: Math.round((170 * 96) / 25.4), height: Math.round((253 * 96) / 25.4) };

export interface ChromiumPdfPrinterOptions {
  /** Path of Chromium, Chrome or Edge; otherwise DESK_CHROMIUM, then the usual install paths. */
  executablePath?: string;
}

/** Where one print's time went, for the bench (electron/services/bench) and the tests. */
export interface PrintTimings {
  /** Waiting for the browser and its page: 0 when they were already up from an earlier print or warm(). */
  browserMs: number;
  /** Parsing the HTML and loading what it embeds (data: images), up to the load event. */
  loadMs: number;
  /** Chromium's print: layout at A4, painting, tagging, the outline, and reading the PDF back. */
  printMs: number;
  /** True when the browser had already been started (by an earlier print or warm()) when this print began. */
  warm: boolean;
  /** How many prints this page has made, this one included. */
  printsOnPage: number;
}

interface Printing {
  browser: Browser;
  page: Page;
}

/**
 * Prints with a system Chromium through playwright-core (never a downloaded browser). The browser
 * and ONE page are started on the first print (or warm()) and kept for every later print, because
 * starting them (a browser process, then a renderer process and its font cache) costs about as much
 * as printing a month. Reusing the page is safe: JavaScript is off and the context is offline, so
 * a document can leave nothing behind (no script, storage or network) for the next, and
 * setContent replaces the whole document. Prints are queued, since one page prints one document at
 * a time. Page furniture comes from the HTML's @page rules, so no header template. dispose() closes it.
 */
export class ChromiumPdfPrinter implements DisposablePdfPrinter {
  private printing: Promise<Printing> | null = null;
  private withContext: Promise<unknown> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private printsOnPage = 0;
  /** The breakdown of the last finished print. */
  lastTimings: PrintTimings | null = null;

  constructor(private readonly options: ChromiumPdfPrinterOptions = {}) {}

  /**
   * Starts the browser now and its page in the background, so that a caller with work to do before
   * printing (the publication checks, assembling the HTML) does it while Chromium starts the page's
   * renderer. Resolves once the browser is up and the page asked for; never rejects: a failure is
   * kept for print() to report.
   */
  async warm(): Promise<void> {
    this.start();
    await this.withContext?.catch(() => undefined);
    // The page has now been asked for, but playwright's in-process client hands each call to its
    // server on a later turn of the event loop: two turns let the request reach Chromium, which then
    // starts the page's renderer while the caller does its own (synchronous) work.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  }

  private start(): Promise<Printing> {
    if (!this.printing) {
      const launched = (async () => {
        const executablePath = findChromium(this.options.executablePath);
        // Loaded on the first print only: commands that never print should not pay for it.
        const { chromium } = await import('playwright-core');
        return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      })();
      const withContext = launched.then(async (browser) => {
        try {
          // One context and one page for the browser's life (browser.newPage would add a context each time).
          // The page is laid out as it will print: print media, and a viewport the size of an A4 page
          // inside the stylesheet's margins. The layout made on load is then close to the print's own,
          // which measured about a tenth off a month's print (issue 13).
          return { browser, context: await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: A4_INSIDE_MARGINS }) };
        } catch (e) {
          await browser.close().catch(() => undefined);
          throw e;
        }
      });
      const printing = withContext.then(async ({ browser, context }) => {
        try {
          const page = await context.newPage();
          await page.emulateMedia({ media: 'print' });
          // A crashed page or a browser that went away is not reused: the next print starts afresh.
          const forget = () => {
            if (this.printing === printing) this.printing = null;
          };
          page.on('crash', () => {
            forget();
            void browser.close().catch(() => undefined);
          });
          browser.on('disconnected', forget);
          return { browser, page };
        } catch (e) {
          await browser.close().catch(() => undefined);
          throw e;
        }
      });
      this.withContext = withContext;
      this.printing = printing;
      this.printsOnPage = 0;
      // A failed start is not kept: the next print tries again (after the officer installs Chromium, say).
      printing.catch(() => {
        if (this.printing === printing) this.printing = null;
      });
    }
    return this.printing;
  }

  print(html: string): Promise<Uint8Array> {
    const run = this.queue.then(() => this.printNow(html));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async printNow(html: string): Promise<Uint8Array> {
    const t0 = performance.now();
    const warm = this.printing !== null;
    const { page } = await this.start();
    const t1 = performance.now();
    // Set directly, not navigated to: no URL to cap or serve, and nothing else to load.
    await page.setContent(html, { waitUntil: 'load' });
    const t2 = performance.now();
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: false,
    });
    const t3 = performance.now();
    this.printsOnPage += 1;
    this.lastTimings = { browserMs: Math.round(t1 - t0), loadMs: Math.round(t2 - t1), printMs: Math.round(t3 - t2), warm, printsOnPage: this.printsOnPage };
    return new Uint8Array(pdf);
  }

  async dispose(): Promise<void> {
    const pending = this.printing;
    this.printing = null;
    this.withContext = null;
    if (pending) await (await pending.catch(() => null))?.browser.close();
  }
}
