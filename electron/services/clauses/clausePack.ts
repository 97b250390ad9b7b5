import JSZip from 'jszip';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ClauseSourceFile } from '../../../core/clauses';

// A clause pack is how teams share wording: a zip (or a folder) of the same Markdown files the
// shipped library is made of, one clause a file, so a pack can be read and checked without the app.

const MAX_FILES = 2_000;
const MAX_FILE_BYTES = 512 * 1024;

export async function zipPack(files: readonly { id: string; text: string }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(`${file.id}.md`, file.text, { date: new Date(Date.UTC(2000, 0, 1)) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The .md files of a zip, wherever they sit in it; everything else (a README, macOS metadata) is ignored. */
export async function unzipPack(bytes: Uint8Array): Promise<ClauseSourceFile[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new Error('the file is not a zip of clause files (.md)');
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir && entry.name.endsWith('.md') && !basename(entry.name).startsWith('.') && !entry.name.startsWith('__MACOSX/') && basename(entry.name).toLowerCase() !== 'readme.md');
  if (entries.length > MAX_FILES) throw new Error(`the pack holds ${entries.length} files; at most ${MAX_FILES} can be imported at once`);
  return Promise.all(entries.map(async (entry) => ({ path: entry.name, text: await entry.async('string') })));
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
