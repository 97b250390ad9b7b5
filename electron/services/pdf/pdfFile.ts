import { deflateSync } from 'node:zlib';

/**
 * The bytes of a PDF file: numbered objects, streams (compressed), object streams and the
 * cross-reference stream. Objects are written as PDF source text; PdfFile only numbers them and lays
 * them out.
 */

/** A number as PDF writes it: at most two decimals, no exponent, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A text string (titles, alternative text), as UTF-16BE in hex: safe for any character, in any reader. */
export function textString(s: string): string {
  return `<FEFF${utf16Hex(s)}>`;
}

/** Text as UTF-16BE hex digits (surrogate pairs as they stand): a text string's body, a ToUnicode entry. */
export function utf16Hex(s: string): string {
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/** A name (/top, /entry_123): characters outside the regular set written as #xx, as the format asks. */
export function pdfName(s: string): string {
  return /^[A-Za-z0-9_.-]*$/.test(s) ? `/${s}` : `/${s.replace(/[^A-Za-z0-9_.-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

export const ref = (n: number) => `${n} 0 R`;

/** Objects a compressed object stream holds: enough to compress well, few enough to read one quickly. */
const PER_OBJECT_STREAM = 100;

export class PdfFile {
  private readonly objects: (Uint8Array | string | undefined)[] = [undefined];

  /** A number for an object written later (a page, before its content is known). */
  reserve(): number {
    this.objects.push(undefined);
    return this.objects.length - 1;
  }

  /** Writes object `n` (reserved) or a new one, from its source text; returns its number. */
  put(body: string, n = this.reserve()): number {
    this.objects[n] = body;
    return n;
  }

  /** A stream object, compressed unless told not to (XMP metadata stays readable to any tool). */
  stream(dict: string, data: Uint8Array | string, opts: { compress?: boolean; n?: number } = {}): number {
    const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    const compress = opts.compress ?? true;
    const bytes = compress ? deflateSync(raw, { level: 6 }) : raw;
    const head = Buffer.from(`<< ${dict}${compress ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length} >>\nstream\n`, 'latin1');
    const n = opts.n ?? this.reserve();
    this.objects[n] = Buffer.concat([head, bytes, Buffer.from('\nendstream', 'latin1')]);
    return n;
  }

  /**
   * The whole file. Objects that are not streams (a month's log has some 7,000: structure elements,
   * annotations, pages) are packed, a hundred at a time, into compressed object streams, and the
   * cross-references are a stream too (PDF 1.5, read by every current reader): the month's file is a
   * third of the size it is with each object written out plainly.
   */
  bytes(root: number, info: number, id: string): Uint8Array {
    for (let n = 1; n < this.objects.length; n++) if (this.objects[n] === undefined) throw new Error(`PDF object ${n} was reserved and never written`);
    const packed = new Map<number, { stream: number; index: number }>();
    const plain: number[] = [];
    for (let n = 1; n < this.objects.length; n++) if (typeof this.objects[n] !== 'string') plain.push(n);
    const loose = this.objects.map((_, n) => n).filter((n) => n > 0 && typeof this.objects[n] === 'string');
    for (let i = 0; i < loose.length; i += PER_OBJECT_STREAM) {
      const group = loose.slice(i, i + PER_OBJECT_STREAM);
      let header = '';
      let body = '';
      for (const n of group) {
        header += `${n} ${body.length} `;
        body += `${this.objects[n] as string}\n`;
      }
      const stream = this.stream(`/Type /ObjStm /N ${group.length} /First ${header.length}`, header + body);
      plain.push(stream);
      group.forEach((n, index) => packed.set(n, { stream, index }));
    }

    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let at = chunks[0]!.length;
    const offsets = new Map<number, number>();
    for (const n of plain.sort((a, b) => a - b)) {
      offsets.set(n, at);
      const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`, 'latin1'), this.objects[n] as Uint8Array, Buffer.from('\nendobj\n', 'latin1')]);
      chunks.push(chunk);
      at += chunk.length;
    }
    // The cross-reference stream: for each object, type (0 free, 1 at an offset, 2 in an object
    // stream), then the offset or the stream's number (4 bytes), then its index there (2 bytes).
    const xrefNumber = this.objects.length;
    offsets.set(xrefNumber, at);
    const size = xrefNumber + 1;
    const rows = Buffer.alloc(size * 7);
    rows.writeUInt8(0, 0);
    rows.writeUInt16BE(0xffff, 5);
    for (let n = 1; n < size; n++) {
      const inStream = packed.get(n);
      rows.writeUInt8(inStream ? 2 : 1, n * 7);
      rows.writeUInt32BE(inStream ? inStream.stream : offsets.get(n)!, n * 7 + 1);
      rows.writeUInt16BE(inStream ? inStream.index : 0, n * 7 + 5);
    }
    const data = deflateSync(rows);
    chunks.push(
      Buffer.from(`${xrefNumber} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${ref(root)} /Info ${ref(info)} /ID [<${id}> <${id}>] /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`, 'latin1'),
    );
    return new Uint8Array(Buffer.concat(chunks));
  }
}
