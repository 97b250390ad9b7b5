import { decodeWindows1252 } from './windows1252';

/**
 * A saved request is UTF-8 (often with a BOM), UTF-16 when Notepad saved it as "Unicode", or
 * Windows-1252 from older tools. UTF-8 is tried strictly first: Windows-1252 text with a £ or a
 * curly quote is never valid UTF-8, so the fallback cannot swallow a UTF-8 file.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
