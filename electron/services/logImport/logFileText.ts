import { decodeText } from '../intake/decodeText';
import { unreadableFile } from '../intake/unreadableFile';

export type LogFileKind = 'pdf' | 'docx' | 'txt';

/** The kind of log a file name says it holds, or null for one this import does not read. */
export function logFileKind(name: string): LogFileKind | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'pdf' || ext === 'docx' || ext === 'txt' ? ext : null;
}

const REMEDY = 'Save the log again as PDF, Word (.docx) or plain text, or copy its text into a .txt file.';

/**
 * A published log's text, by its kind: PDF through pdf.js, Word from its document.xml's paragraphs
 * (size-checked, see ./docxLogText: the text mammoth's HTML gives, in a tenth of the time), text
 * decoded as UTF-8 or Windows-1252. Run inside the untrusted worker.
 * Plain text is passed on untidied: the log parser reads a PDF copy's trailing spaces as paragraph ends.
 */
export async function logFileText(name: string, bytes: Uint8Array): Promise<string> {
  const kind = logFileKind(name);
  if (kind === 'txt') return decodeText(bytes);
  // The readers load when used: readLogFile imports logFileKind from here, and the CLI's export
  // commands should not load pdf.js and mammoth with it (issue 13).
  if (kind === 'docx') return (await import('./docxLogText')).docxLogText(name, bytes);
  if (kind === 'pdf') {
    const { readPdfText } = await import('./readPdfText');
    try {
      return await readPdfText(bytes);
    } catch (err) {
      if (err instanceof RangeError) throw unreadableFile(name, `is too large to import: ${err.message}`, 'Import the log a month at a time.');
      throw unreadableFile(name, 'could not be read as a PDF (it may be damaged or protected with a password)', REMEDY);
    }
  }
  throw unreadableFile(name, 'is not a kind of file the log import reads', REMEDY);
}
