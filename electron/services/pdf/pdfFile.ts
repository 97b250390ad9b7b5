import { deflateSync } from 'node:zlib';

/**
 * The bytes of a PDF file: numbered objects, streams (compressed), the cross-reference table and the
 * trailer. Objects are written as PDF source text; PdfFile only numbers them and lays them out.
 */

/** A number as PDF writes it: at most two decimals, no exponent, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A text string (titles, alternative text), as UTF-16BE in hex: safe for any character, in any reader. */
export function textString(s: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** A name (/top, /entry_123): characters outside the regular set written as #xx, as the format asks. */
export function pdfName(s: string): string {
  return /^[A-Za-z0-9_.-]*$/.test(s) ? `/${s}` : `/${s.replace(/[^A-Za-z0-9_.-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

export const ref = (n: number) => `${n} 0 R`;

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

  /** The whole file: header, objects, cross-reference table, trailer. */
  bytes(root: number, info: number, id: string): Uint8Array {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let at = chunks[0]!.length;
    const offsets: number[] = [0];
    for (let n = 1; n < this.objects.length; n++) {
      const body = this.objects[n];
      if (body === undefined) throw new Error(`PDF object ${n} was reserved and never written`);
      offsets.push(at);
      const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
      chunks.push(chunk);
      at += chunk.length;
    }
    let xref = `xref\n0 ${this.objects.length}\n0000000000 65535 f \n`;
    for (let n = 1; n < offsets.length; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    xref += `trailer\n<< /Size ${this.objects.length} /Root ${ref(root)} /Info ${ref(info)} /ID [<${id}> <${id}>] >>\nstartxref\n${at}\n%%EOF\n`;
    chunks.push(Buffer.from(xref, 'latin1'));
    return new Uint8Array(Buffer.concat(chunks));
  }
}
