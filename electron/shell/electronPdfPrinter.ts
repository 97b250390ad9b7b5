import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './appOrigin';
import { denyAllPermissions } from './security';
import type { PdfPrinter } from '../services/pdf/pdfPrinter';

/**
 * The app's printer behind the one PdfPrinter seam (electron/services/pdf/pdfPrinter.ts): HTML
 * (the log, a letter) to a tagged PDF with Electron's own printToPDF. The CLI and tests print the
 * same HTML through ../services/pdf/chromiumPdfPrinter.ts. Only the Electron part lives here.
 *
 * The HTML is served from memory as app://print/<id> in a throwaway, in-memory session rather
 * than loaded as a data: URL (Chromium caps URLs at 2 MB, and a month's log with images can be
 * larger) or a temporary file (checklist #18: avoid file://). The window is hidden, sandboxed
 * and has JavaScript off; the CSP below means the page can load nothing but inline styles and
 * data: images and fonts, so pasted content cannot fetch from the network while printing.
 */
const PRINT_PARTITION = 'disclosure-desk-print'; // no "persist:" prefix: kept in memory only
const PRINT_HOST = 'print';
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const pages = new Map<string, string>();
let printSession: Session | null = null;

function getPrintSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(ses);
  ses.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const html = url.host === PRINT_HOST ? pages.get(url.pathname.slice(1)) : undefined;
    return new Response(html ?? 'Not found', {
      status: html === undefined ? 404 : 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP },
    });
  });
  printSession = ses;
  return ses;
}

async function printHtmlToPdf(html: string): Promise<Buffer> {
  const id = randomUUID();
  pages.set(id, html);
  const window = new BrowserWindow({
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
      // our own (Chromium's default is 1 cm); the log's @page rule sets the margins.
      pageSize: 'A4',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  } finally {
    pages.delete(id);
    window.destroy();
  }
}

/** DeskService takes it as its `pdfPrinter` option (./workspace.ts). */
export const electronPdfPrinter: PdfPrinter = {
  print: async (html) => new Uint8Array(await printHtmlToPdf(html)),
};
