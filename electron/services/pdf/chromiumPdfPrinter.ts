import type { DisposablePdfPrinter } from './pdfPrinter';
import { CdpPipe } from './cdpPipe';
import { findChromium } from './findChromium';

// Flags for a headless print on a locked-down machine: no GPU, no sandbox (containers, CI), and no
// calls home, so printing works offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Headless, and nothing a print has no use for: no extensions, crash reporter, default-browser
// check, translate or background throttling of the one page.
const HEADLESS_ARGS = ['--headless', '--hide-scrollbars', '--mute-audio', '--disable-extensions', '--disable-breakpad', '--no-default-browser-check', '--disable-default-apps', '--disable-features=Translate,MediaRouter,OptimizationHints', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'];

// A4 (210 × 297 mm) less core/documents/printCss's @page margins (20 mm each side, 22 mm top and bottom), in CSS px.
const A4_INSIDE_MARGINS = { width: Math.round((170 * 96) / 25.4), height: Math.round((253 * 96) / 25.4) };

/** How long a document may take to load (it embeds its images as data: URLs) and to print. */
const LOAD_TIMEOUT_MS = 30_000;
const PRINT_TIMEOUT_MS = 180_000;

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

/** The browser and the one page every print uses. */
interface Printing {
  pipe: CdpPipe;
  sessionId: string;
  frameId: string;
}

/**
 * Prints with a system Chromium (never a downloaded browser), driven over the DevTools protocol on
 * a pipe (./cdpPipe.ts). The browser and ONE page are started on the first print (or warm()) and
 * kept for every later print, because starting them (a browser process, then a renderer process
 * and its font cache) costs about as much as printing a month. Reusing the page is safe: JavaScript
 * is off and every network request is refused, so a document can leave nothing behind (no script,
 * storage or network) for the next, and setDocumentContent replaces the whole document. Prints are
 * queued, since one page prints one document at a time. Page furniture comes from the HTML's @page
 * rules, so no header template. dispose() closes the browser and deletes its temporary profile.
 */
export class ChromiumPdfPrinter implements DisposablePdfPrinter {
  private printing: Promise<Printing> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private printsOnPage = 0;
  /** The breakdown of the last finished print. */
  lastTimings: PrintTimings | null = null;

  constructor(private readonly options: ChromiumPdfPrinterOptions = {}) {}

  /**
   * Starts the browser and its page now, so that a caller with work to do before printing (opening
   * the workspace, the publication checks, assembling the HTML) does it while Chromium starts.
   * Resolves at once (the start runs in the background, in another process); never rejects: a
   * failure is kept for print() to report.
   */
  async warm(): Promise<void> {
    this.start().catch(() => undefined);
    await Promise.resolve();
  }

  private start(): Promise<Printing> {
    if (!this.printing) {
      const printing = (async () => {
        const executablePath = findChromium(this.options.executablePath);
        const pipe = await CdpPipe.launch({ executablePath, args: [...CHROMIUM_ARGS, ...HEADLESS_ARGS] });
        try {
          return await openPage(pipe);
        } catch (e) {
          await pipe.close();
          throw e;
        }
      })();
      this.printing = printing;
      this.printsOnPage = 0;
      // A failed start is not kept: the next print tries again (after the officer installs Chromium, say).
      printing.then(
        ({ pipe, sessionId }) => {
          // A crashed page or a browser that went away is not reused: the next print starts afresh.
          const forget = () => {
            if (this.printing === printing) this.printing = null;
          };
          pipe.onClose = forget;
          if (pipe.closed) forget(); // it went before this line could listen
          pipe.on('Inspector.targetCrashed', (_params, session) => {
            if (session !== sessionId) return;
            forget();
            void pipe.close();
          });
        },
        () => {
          if (this.printing === printing) this.printing = null;
        },
      );
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
    const page = await this.start();
    const t1 = performance.now();
    const { pdf, loadMs, printMs } = await printOnPage(page, html).catch(async (e: unknown) => {
      // A print that failed or timed out leaves the page in a state not worth trusting: the next
      // print starts a fresh browser.
      if (this.printing) {
        const failed = this.printing;
        this.printing = null;
        await (await failed.catch(() => null))?.pipe.close();
      }
      throw e;
    });
    this.printsOnPage += 1;
    this.lastTimings = { browserMs: Math.round(t1 - t0), loadMs, printMs, warm, printsOnPage: this.printsOnPage };
    return pdf;
  }

  /** The running browser's pipe, if started (for the tests). */
  async browser(): Promise<CdpPipe | null> {
    return this.printing ? (await this.printing.catch(() => null))?.pipe ?? null : null;
  }

  async dispose(): Promise<void> {
    const pending = this.printing;
    this.printing = null;
    if (pending) await (await pending.catch(() => null))?.pipe.close();
  }
}

/**
 * The page every print uses: the tab the browser opened at start, attached to, laid out as it will
 * print (print media, a viewport the size of an A4 page inside the stylesheet's margins, which
 * measured about a tenth off a month's print), with scripts off and the network refused.
 */
async function openPage(pipe: CdpPipe): Promise<Printing> {
  const { targetInfos } = (await pipe.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const targetId = targetInfos.find((t) => t.type === 'page')?.targetId ?? ((await pipe.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string }).targetId;
  const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  // Every request the document makes is refused (data: URLs, which embed its images, are not requests).
  pipe.on('Fetch.requestPaused', (params, session) => {
    if (session === sessionId) pipe.send('Fetch.failRequest', { requestId: params['requestId'], errorReason: 'BlockedByClient' }, sessionId).catch(() => undefined);
  });
  const page = (method: string, params: Record<string, unknown> = {}) => pipe.send(method, params, sessionId);
  const [, , , , , frames] = await Promise.all([
    page('Page.enable'),
    page('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
    page('Emulation.setScriptExecutionDisabled', { value: true }),
    page('Emulation.setEmulatedMedia', { media: 'print' }),
    page('Emulation.setDeviceMetricsOverride', { ...A4_INSIDE_MARGINS, deviceScaleFactor: 1, mobile: false }),
    page('Page.getFrameTree'),
  ]);
  const frameId = (frames as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
  return { pipe, sessionId, frameId };
}

/** One document on the page: set, loaded, printed tagged with its outline, and read back. */
async function printOnPage({ pipe, sessionId, frameId }: Printing, html: string): Promise<{ pdf: Uint8Array; loadMs: number; printMs: number }> {
  const t0 = performance.now();
  // Set directly, not navigated to: no URL to cap or serve, and nothing else to load.
  const loaded = nextEvent(pipe, 'Page.loadEventFired', sessionId, LOAD_TIMEOUT_MS);
  loaded.catch(() => undefined); // awaited below, unless setting the content fails first
  await pipe.send('Page.setDocumentContent', { frameId, html }, sessionId, LOAD_TIMEOUT_MS);
  await loaded;
  const t1 = performance.now();
  const { stream } = (await pipe.send(
    'Page.printToPDF',
    {
      preferCSSPageSize: true,
      // A4 in inches, for a document without its own @page size.
      paperWidth: 210 / 25.4,
      paperHeight: 297 / 25.4,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: false,
      transferMode: 'ReturnAsStream',
    },
    sessionId,
    PRINT_TIMEOUT_MS,
  )) as { stream: string };
  const pdf = await readStream(pipe, stream, sessionId);
  return { pdf, loadMs: Math.round(t1 - t0), printMs: Math.round(performance.now() - t1) };
}

/** Resolves on the next `event` in `sessionId`; rejects after `timeoutMs` or when the browser goes. */
function nextEvent(pipe: CdpPipe, event: string, sessionId: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = pipe.on(event, (_params, session) => {
      if (session !== sessionId) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`The document did not finish loading in the print browser within ${Math.round(timeoutMs / 1000)} s. Try again.`));
    }, timeoutMs);
  });
}

/** Reads a protocol stream (the PDF) to its end, and closes it. */
async function readStream(pipe: CdpPipe, handle: string, sessionId: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  try {
    for (;;) {
      const { data, base64Encoded, eof } = (await pipe.send('IO.read', { handle, size: 8 * 1024 * 1024 }, sessionId)) as { data: string; base64Encoded?: boolean; eof: boolean };
      parts.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
      if (eof) break;
    }
  } finally {
    await pipe.send('IO.close', { handle }, sessionId).catch(() => undefined);
  }
  return new Uint8Array(Buffer.concat(parts));
}
