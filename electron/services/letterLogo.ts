import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterLogo } from '../../core/documents/letterModel';

/** The file a body drops beside its workspace (or in the app's assets) to put its logo on letters. */
export const LETTER_LOGO_FILE = 'letterhead-logo.png';

// At most 60 mm by 22 mm at 96 dpi: a letterhead, not a poster.
const MAX_WIDTH = 227;
const MAX_HEIGHT = 83;

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The first letterhead logo found in `dirs`, scaled to fit; null (no logo) when there is none. */
export function findLetterLogo(dirs: string[], organisationName: string): LetterLogo | null {
  for (const dir of dirs) {
    const path = join(dir, LETTER_LOGO_FILE);
    if (!existsSync(path)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    const size = pngSize(bytes);
    if (!size || size.width === 0 || size.height === 0) continue;
    const scale = Math.min(1, MAX_WIDTH / size.width, MAX_HEIGHT / size.height);
    return { bytes, type: 'png', width: Math.round(size.width * scale), height: Math.round(size.height * scale), alt: `${organisationName} logo` };
  }
  return null;
}
