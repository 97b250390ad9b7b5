import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ClauseSourceFile } from '../../../core/clauses';
import { BoundedZip, ZipLimitError, type ZipLimits } from '../untrusted/boundedZip';

// A clause pack is how teams share wording: a zip (or a folder) of the same Markdown files the
// shipped library is made of, one clause a file, so a pack can be read and checked without the app.

const MAX_FILES = 2_000;
const MAX_FILE_BYTES = 512 * 1024;

export async function zipPack(files: readonly { id: string; text: string }[]): Promise<Uint8Array> {
  // Loaded when a pack is made, not with the service: every command that opens a workspace would pay for it.
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const file of files) zip.file(`${file.id}.md`, file.text, { date: new Date(Date.UTC(2000, 0, 1)) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * How much a pack may unpack to. One clause file has the folder import's 512 KB limit; the pack
 * as a whole is held to what 2,000 ordinary clauses come to, so a zip bomb stops at the header.
 */
export const PACK_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: 64 * 1024 * 1024 };

/**
 * The .md files of a zip, wherever they sit in it; everything else (a README, macOS metadata) is
 * ignored and never unpacked. Sizes are checked before anything is unpacked, then one file at a time.
 */
export function unzipPack(bytes: Uint8Array, limits: ZipLimits = PACK_ZIP_LIMITS): ClauseSourceFile[] {
  try {
    const zip = BoundedZip.open(bytes, limits);
    const entries = zip.entries.filter((entry) => !entry.name.endsWith('/') && entry.name.endsWith('.md') && !basename(entry.name).startsWith('.') && !entry.name.startsWith('__MACOSX/') && basename(entry.name).toLowerCase() !== 'readme.md');
    if (entries.length > MAX_FILES) throw new Error(`the pack holds ${entries.length} files; at most ${MAX_FILES} can be imported at once`);
    zip.checkDeclared(entries);
    return entries.map((entry) => ({ path: entry.name, text: zip.readText(entry.name) }));
  } catch (err) {
    if (!(err instanceof ZipLimitError)) throw err;
    throw new Error(err.kind === 'damaged' && /not a zip/.test(err.message) ? 'the file is not a zip of clause files (.md)' : `the pack was not imported: ${err.message}. Export the pack again, or import the clause files from a folder`);
  }
}

export function readPackFolder(dir: string): ClauseSourceFile[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.md') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md').sort();
  if (names.length > MAX_FILES) throw new Error(`the folder holds ${names.length} clause files; at most ${MAX_FILES} can be imported at once`);
  return names.map((name) => {
    const path = join(dir, name);
    if (statSync(path).size > MAX_FILE_BYTES) throw new Error(`${name} is over 512 KB: a clause file is a few paragraphs`);
    return { path: name, text: readFileSync(path, 'utf8') };
  });
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
