/**
 * The one seam between "this HTML" and "a tagged PDF of it". The app prints with Electron's
 * printToPDF (electron/shell/electronPdfPrinter.ts, the only Electron part); the CLI, the tests
 * and the bench print with a system Chromium over the DevTools pipe (./chromiumPdfPrinter).
 * Both print the same HTML.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  /**
   * Optional: start what printing needs (a browser) now, so it overlaps the caller's own work before
   * print(). Never rejects; a failure shows at print().
   */
  warm?(): Promise<void>;
}

/** A printer that holds a browser and must be let go of. */
export interface DisposablePdfPrinter extends PdfPrinter {
  dispose(): Promise<void>;
}
