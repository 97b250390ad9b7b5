import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';

/**
 * Hostile files for tests, built byte by byte: the files of issue 12 that took the app down, at
 * full size where that is cheap (a deflate stream can repeat one flushed block, so a 6 GB bomb is
 * built without ever holding 6 GB) and scaled by a parameter where it is not.
 */

const MB = 1024 * 1024;

/**
 * A raw deflate stream that inflates to prefix + chunk × times + suffix. Each piece is ended with a
 * full flush, which makes its compressed form independent of what came before, so the chunk's
 * compressed bytes can simply be repeated.
 */
export function repeatedDeflate(prefix: Buffer, chunk: Buffer, times: number, suffix: Buffer): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const compressedChunk = deflateRawSync(chunk, flush);
  return Buffer.concat([deflateRawSync(prefix, flush), ...Array.from({ length: times }, () => compressedChunk), deflateRawSync(suffix, { level: 9 })]);
}

export interface RawZipEntry {
  name: string;
  /** Deflated (method 8) or stored (method 0) bytes as they go in the file. */
  data: Buffer;
  method: 0 | 8;
  /** The unpacked size the headers declare: a lie when the test wants one. */
  declaredSize: number;
}

/** A zip written by hand, so its headers can say whatever a test needs them to. CRCs are left 0. */
export function writeZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * The clause pack of issue 12: files × megabytes each (12 × 512 = 6 GB from about 6 MB of zip),
 * each a clause file's front matter and then megabytes of spaces. `honest` headers declare the
 * real size; otherwise each declares 1 KB, as a crafted file may.
 */
export function clausePackBomb({ files, megabytesEach, honest }: { files: number; megabytesEach: number; honest: boolean }): Buffer {
  const prefix = Buffer.from('---\nid: bomb\ntitle: "Bomb"\nversion: 1\n---\n');
  const suffix = Buffer.from('\n');
  const data = repeatedDeflate(prefix, Buffer.alloc(MB, 0x20), megabytesEach, suffix);
  const realSize = prefix.length + megabytesEach * MB + suffix.length;
  return writeZip(Array.from({ length: files }, (_, i) => ({ name: `pack/bomb-${i}.md`, data, method: 8 as const, declaredSize: honest ? realSize : 1024 })));
}

/**
 * A real Word document (from `docx` via buildTestDocx) whose word/document.xml is replaced by one
 * that unpacks to `megabytes` of paragraphs: the 485 KB .docx that unpacked to 200 MB.
 */
export async function docxBomb(realDocx: Uint8Array, { megabytes, honest }: { megabytes: number; honest: boolean }): Promise<Buffer> {
  const original = await JSZip.loadAsync(realDocx);
  const documentXml = await original.file('word/document.xml')!.async('string');
  const bodyAt = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const prefix = Buffer.from(documentXml.slice(0, bodyAt));
  const suffix = Buffer.from(documentXml.slice(bodyAt));
  const paragraph = '<w:p><w:r><w:t>Please tell me how many</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.floor(MB / paragraph.length)).padEnd(MB, ' '));
  const entries: RawZipEntry[] = [];
  for (const [name, file] of Object.entries(original.files)) {
    if (file.dir) continue;
    if (name === 'word/document.xml') {
      const size = prefix.length + megabytes * MB + suffix.length;
      entries.push({ name, data: repeatedDeflate(prefix, chunk, megabytes, suffix), method: 8, declaredSize: honest ? size : 4096 });
    } else {
      const bytes = Buffer.from(await file.async('uint8array'));
      entries.push({ name, data: deflateRawSync(bytes), method: 8, declaredSize: bytes.length });
    }
  }
  return writeZip(entries);
}

const SECTOR = 512;
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function compoundFileHeader(sectors: number): Buffer {
  const file = Buffer.alloc(SECTOR * (sectors + 1));
  Buffer.from(CFB_SIGNATURE).copy(file, 0);
  file.writeUInt16LE(0x3e, 24);
  file.writeUInt16LE(3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  file.writeUInt16LE(6, 32);
  file.writeUInt32LE(4096, 0x38);
  for (let i = 0; i < 109; i++) file.writeInt32LE(-1, 0x4c + i * 4);
  return file;
}

/**
 * The 4.6 KB .msg of issue 12: its header claims 2^31 - 1 FAT sectors and as many DIFAT sectors,
 * and its one DIFAT sector names itself as the next, so msgreader kept appending FAT sector numbers
 * until the heap was exhausted.
 */
export function msgClaimingFatSectors(): Buffer {
  const file = compoundFileHeader(8);
  file.writeUInt32LE(0x7fffffff, 0x2c);
  file.writeInt32LE(0, 0x30);
  file.writeInt32LE(-2, 0x3c);
  file.writeInt32LE(1, 0x44);
  file.writeUInt32LE(0x7fffffff, 0x48);
  for (let i = 0; i < 109; i++) file.writeInt32LE(2, 0x4c + i * 4);
  const difat = SECTOR * 2;
  for (let i = 0; i < 127; i++) file.writeInt32LE(2, difat + i * 4);
  file.writeInt32LE(1, difat + 127 * 4);
  const fat = SECTOR * 3;
  file.writeInt32LE(-2, fat);
  return file;
}

/**
 * A 1.5 KB .msg whose header is honest but which loops: with 'fat', the FAT sends the directory's
 * chain back to its own sector, and msgreader reads the same directory sector for ever; with
 * 'tree', a directory entry is its own left sibling, and msgreader walks the tree for ever.
 * Nothing in the header gives either away.
 */
export function msgThatLoops(loop: 'fat' | 'tree'): Buffer {
  const file = compoundFileHeader(2);
  file.writeUInt32LE(1, 0x2c);
  file.writeInt32LE(0, 0x30);
  file.writeInt32LE(-2, 0x3c);
  file.writeInt32LE(-2, 0x44);
  file.writeInt32LE(1, 0x4c);
  const directory = SECTOR;
  const entry = (index: number, name: string, type: number, left: number, right: number, child: number) => {
    const at = directory + index * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(file, at);
    file.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    file.writeUInt8(type, at + 0x42);
    file.writeInt32LE(left, at + 0x44);
    file.writeInt32LE(right, at + 0x48);
    file.writeInt32LE(child, at + 0x4c);
    file.writeInt32LE(-2, at + 0x74);
  };
  entry(0, 'Root Entry', 5, -1, -1, loop === 'tree' ? 1 : -1);
  if (loop === 'tree') entry(1, '__substg1.0_0037001F', 2, 1, -1, -1);
  const fat = SECTOR * 2;
  file.writeInt32LE(loop === 'fat' ? 0 : -2, fat); // sector 0 (the directory): continues at itself, or ends
  file.writeInt32LE(-3, fat + 4); // sector 1 is the FAT itself
  return file;
}

/** An HTML-only email, as a mail program saves it. */
export function htmlOnlyEmail(html: string): Buffer {
  return Buffer.from(
    ['From: Sam Example <sam@example.org>', 'Subject: Request', 'Date: Tue, 14 Jan 2025 10:02:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'),
  );
}

export const manyListItems = (n: number) => `<p>Dear team,</p><ol>${'<li>How many?</li>'.repeat(n)}</ol>`;
export const manyUnclosedStyles = (n: number) => `<p>Dear team,</p>${'<style>'.repeat(n)}`;
