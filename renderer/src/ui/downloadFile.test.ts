import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBase64InParts } from './downloadFile';

// Issue 13: a month's PDF is megabytes of base64, decoded a slice a turn. The slices must join back
// into exactly the file, whatever the padding at its end.
describe('downloadBase64InParts', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([1, 2, 3, 1000, 4099])('hands over the exact bytes of a %i-byte file decoded in small slices', async (size) => {
    const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 256);
    const base64 = Buffer.from(bytes).toString('base64');
    let saved: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await downloadBase64InParts('log.pdf', base64, 'application/pdf', 10);
    expect(saved).not.toBeNull();
    expect(saved!.type).toBe('application/pdf');
    expect(new Uint8Array(await saved!.arrayBuffer())).toEqual(bytes);
  });
});
