import type { Browser } from 'playwright-core';
import type { DisposablePdfPrinter } from './pdfPrinter';
import { findChromium } from './findChromium';

// Flags for a headless print on a locked-down machine: no GPU, no sandbox (containers, CI), and no
// calls home, so printing works offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ChromiumPdfPrinterOptions {
  /** Path of Chromium, Chrome or Edge; otherwise DESK_CHROMIUM, then the usual install paths. */
  executablePath?: string;
}

/**
 * Prints with a system Chromium through playwright-core (never a downloaded browser). One browser
 * is started on the first print and reused, because starting it costs more than a month's print;
 * dispose() closes it. Page furniture comes from the HTML's @page rules, so no header template.
 */
export class ChromiumPdfPrinter implements DisposablePdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly options: ChromiumPdfPrinterOptions = {}) {}

  private launch(): Promise<Browser> {
    this.browser ??= (async () => {
      const executablePath = findChromium(this.options.executablePath);
      // Loaded on the first print only: commands that never print should not pay for it.
      const { chromium } = await import('playwright-core');
      return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    })();
    this.browser.catch(() => (this.browser = null));
    return this.browser;
  }

  async print(html: string): Promise<Uint8Array> {
    const browser = await this.launch();
    // A fresh context per print: nothing from one document (cookies, storage) reaches the next.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: false,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  async dispose(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (pending) await (await pending.catch(() => null))?.close();
  }
}
