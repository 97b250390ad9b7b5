import { inflateRawSync } from 'node:zlib';

/**
 * A zip read with a budget, for zips that arrive from outside (clause packs, Word documents).
 * A few megabytes of zip can hold gigabytes of zeros; JSZip inflates whatever the file asks for,
 * all at once. Here the central directory's declared sizes are checked before anything is
 * inflated, and each inflation is capped at its declared size by zlib itself, so a header that
 * lies about the size stops the inflation instead of being believed.
 */
export interface ZipLimits {
  /** Entries in the whole zip, checked while the directory is read. */
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of every entry read from this zip, together. */
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  /** As the central directory declares it; never trusted beyond being a cap. */
  size: number;
  compressedSize: number;
  method: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** What went wrong, in words the officer's message can end a sentence with. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    /** too-large: a bomb or simply too big; damaged: not a zip we can read. */
    readonly kind: 'too-large' | 'damaged',
  ) {
    super(message);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** A zip64 marker: sizes this large are never a clause pack or a request letter. */
const ZIP64 = 0xffffffff;

/** Sizes as the officer reads them: KB below a megabyte, so 1,024 bytes is never "0 MB". */
const megabytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`);

export class BoundedZip {
  private inflated = 0;
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {
    for (const entry of entries) this.byName.set(entry.name, entry);
  }

  /** Reads the central directory only; throws ZipLimitError when it is damaged or over the entry count. */
  static open(input: Uint8Array, limits: ZipLimits): BoundedZip {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const end = findEndOfDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const directorySize = bytes.readUInt32LE(end + 12);
    const directoryStart = bytes.readUInt32LE(end + 16);
    if (count > limits.maxEntries) throw new ZipLimitError(`it holds ${count} files, over the limit of ${limits.maxEntries}`, 'too-large');
    if (directoryStart + directorySize > end) throw new ZipLimitError('its table of contents is damaged', 'damaged');
    const entries: ZipEntry[] = [];
    let at = directoryStart;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipLimitError('its table of contents is damaged', 'damaged');
      const nameLength = bytes.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      if (next > end) throw new ZipLimitError('its table of contents is damaged', 'damaged');
      const entry: ZipEntry = {
        name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
        encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeaderOffset: bytes.readUInt32LE(at + 42),
      };
      if (entry.size === ZIP64 || entry.compressedSize === ZIP64 || entry.localHeaderOffset === ZIP64) {
        throw new ZipLimitError(`${entry.name} is over 4 GB unpacked`, 'too-large');
      }
      entries.push(entry);
      at = next;
    }
    return new BoundedZip(bytes, entries, limits);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * Checks the declared sizes of the entries about to be read, together, before any of them is
   * inflated: a bomb is refused at once rather than after the first gigabyte.
   */
  checkDeclared(entries: readonly ZipEntry[]): void {
    let total = this.inflated;
    for (const entry of entries) {
      if (entry.size > this.limits.maxEntryBytes) {
        throw new ZipLimitError(`${entry.name} unpacks to ${megabytes(entry.size)}, over the limit of ${megabytes(this.limits.maxEntryBytes)} for one file`, 'too-large');
      }
      total += entry.size;
      if (total > this.limits.maxTotalBytes) {
        throw new ZipLimitError(`its files unpack to over ${megabytes(this.limits.maxTotalBytes)} together`, 'too-large');
      }
    }
  }

  /** One entry's bytes, inflated no further than its declared size and the zip's remaining budget. */
  read(name: string): Uint8Array {
    const entry = this.byName.get(name);
    if (!entry) throw new ZipLimitError(`it has no ${name}`, 'damaged');
    if (entry.encrypted) throw new ZipLimitError(`${entry.name} is encrypted`, 'damaged');
    this.checkDeclared([entry]);
    const data = this.compressedData(entry);
    let out: Buffer;
    if (entry.method === STORED) out = data;
    else if (entry.method === DEFLATED) {
      try {
        // zlib stops at maxOutputLength: a file that unpacks larger than it declared is refused
        // after at most its declared size (itself within the limits), never inflated in full.
        out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipLimitError(`${entry.name} unpacks to more than the ${megabytes(entry.size)} its header declares`, 'too-large');
        }
        throw new ZipLimitError(`${entry.name} is damaged`, 'damaged');
      }
    } else throw new ZipLimitError(`${entry.name} is packed in a way that cannot be read (method ${entry.method})`, 'damaged');
    if (out.length !== entry.size) throw new ZipLimitError(`${entry.name} is damaged (its size does not match its header)`, 'damaged');
    this.inflated += out.length;
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  readText(name: string): string {
    return new TextDecoder().decode(this.read(name));
  }

  private compressedData(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipLimitError(`${entry.name} is damaged`, 'damaged');
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw new ZipLimitError(`${entry.name} is cut short`, 'damaged');
    return this.bytes.subarray(start, stop);
  }
}

/** The end-of-directory record sits in the last 22 bytes, or up to 64 KB earlier when the zip has a comment. */
function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipLimitError('it is not a zip file', 'damaged');
}
