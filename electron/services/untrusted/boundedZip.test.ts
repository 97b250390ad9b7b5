import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BoundedZip, ZipLimitError, type ZipLimits } from './boundedZip';
import { repeatedDeflate, writeZip } from '../testing/hostileFiles';

const LIMITS: ZipLimits = { maxEntries: 100, maxEntryBytes: 64 * 1024, maxTotalBytes: 128 * 1024 };
const MB = 1024 * 1024;

function zipError(fn: () => unknown): ZipLimitError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ZipLimitError);
    return err as ZipLimitError;
  }
  throw new Error('expected a ZipLimitError');
}

describe('BoundedZip', () => {
  it('reads what JSZip writes: stored and deflated entries, folders, and a zip comment', async () => {
    const zip = new JSZip();
    zip.file('a.md', 'Alpha £ “quoted”', { compression: 'STORE' });
    zip.file('folder/b.md', 'Beta '.repeat(1000), { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', comment: 'made by a test' });
    const read = BoundedZip.open(bytes, LIMITS);
    expect(read.entries.map((e) => e.name)).toEqual(['a.md', 'folder/', 'folder/b.md']);
    expect(read.readText('a.md')).toBe('Alpha £ “quoted”');
    expect(read.readText('folder/b.md')).toBe('Beta '.repeat(1000));
  });

  it('refuses by the declared sizes, per entry and together, before inflating anything', () => {
    const small = deflateRawSync(Buffer.alloc(40 * 1024));
    const zip = BoundedZip.open(writeZip([0, 1, 2, 3].map((i) => ({ name: `f${i}.md`, data: small, method: 8, declaredSize: 40 * 1024 }))), LIMITS);
    // Each file is within 64 KB, the four together are not within 128 KB.
    expect(zipError(() => zip.checkDeclared(zip.entries)).message).toBe('its files unpack to over 128 KB together');
    expect(zip.readText('f0.md')).toHaveLength(40 * 1024);
    expect(zip.readText('f1.md')).toHaveLength(40 * 1024);
    expect(zip.read('f2.md')).toHaveLength(40 * 1024);
    // The fourth read would take the zip past its budget: refused by the running total.
    expect(zipError(() => zip.read('f3.md')).message).toBe('its files unpack to over 128 KB together');

    const big = BoundedZip.open(writeZip([{ name: 'big.md', data: repeatedDeflate(Buffer.alloc(0), Buffer.alloc(MB), 512, Buffer.alloc(0)), method: 8, declaredSize: 512 * MB }]), LIMITS);
    const started = performance.now();
    const err = zipError(() => big.read('big.md'));
    expect(err.message).toBe('big.md unpacks to 512 MB, over the limit of 64 KB for one file');
    expect(err.kind).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('stops inflating at the declared size when the header lies', () => {
    // 512 MB of zeros declared as 1 KB: zlib stops after 1 KB, so this takes milliseconds, not the 512 MB.
    const lie = BoundedZip.open(writeZip([{ name: 'lie.md', data: repeatedDeflate(Buffer.alloc(0), Buffer.alloc(MB), 512, Buffer.alloc(0)), method: 8, declaredSize: 1024 }]), LIMITS);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    expect(zipError(() => lie.read('lie.md')).message).toBe('lie.md unpacks to more than the 1 KB its header declares');
    expect(performance.now() - started).toBeLessThan(200);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MB);
    // A stored entry whose data is shorter than declared is damaged, not trusted.
    const short = BoundedZip.open(writeZip([{ name: 's.md', data: Buffer.from('abc'), method: 0, declaredSize: 10 }]), LIMITS);
    expect(zipError(() => short.read('s.md')).kind).toBe('damaged');
  });

  it('refuses too many entries, zip64 sizes, encryption, unknown methods and damage, each in words', () => {
    const entry = (name: string) => ({ name, data: Buffer.from('x'), method: 0 as const, declaredSize: 1 });
    expect(zipError(() => BoundedZip.open(writeZip(Array.from({ length: 101 }, (_, i) => entry(`${i}.md`))), LIMITS)).message).toBe('it holds 101 files, over the limit of 100');
    expect(zipError(() => BoundedZip.open(writeZip([{ ...entry('huge.md'), declaredSize: 0xffffffff }]), LIMITS)).message).toBe('huge.md is over 4 GB unpacked');
    const encrypted = writeZip([entry('secret.md')]);
    encrypted.writeUInt16LE(0x0801, encrypted.length - 22 - 46 - 'secret.md'.length + 8);
    expect(zipError(() => BoundedZip.open(encrypted, LIMITS).read('secret.md')).message).toBe('secret.md is encrypted');
    const bzip = writeZip([entry('odd.md')]);
    bzip.writeUInt16LE(12, bzip.length - 22 - 46 - 'odd.md'.length + 10);
    expect(zipError(() => BoundedZip.open(bzip, LIMITS).read('odd.md')).message).toMatch(/method 12/);
    expect(zipError(() => BoundedZip.open(Buffer.from('not a zip at all, just some words'), LIMITS)).message).toBe('it is not a zip file');
    const cut = writeZip([entry('a.md'), entry('b.md')]);
    expect(zipError(() => BoundedZip.open(cut.subarray(0, 40), LIMITS)).kind).toBe('damaged');
    // The directory says two entries, but points past its own end.
    const lying = Buffer.from(cut);
    lying.writeUInt32LE(0xffff, lying.length - 22 + 12);
    expect(zipError(() => BoundedZip.open(lying, LIMITS)).message).toBe('its table of contents is damaged');
  });
});
