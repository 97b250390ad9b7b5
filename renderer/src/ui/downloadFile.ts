/**
 * Hands an exported file to the officer. In the app, Electron turns this download into a Save
 * dialog; in a browser it lands in Downloads. The bytes never leave this machine.
 */
export function downloadBase64(fileName: string, base64: string, mime: string): void {
  saveBlob(fileName, new Blob([bytesOfBase64(base64)], { type: mime }));
}

/**
 * The same for a file of megabytes (a month's log): decoded a slice a turn, so the page paints and
 * answers between slices (issue 13: the whole PDF at once was a task of 20-70 ms).
 */
export async function downloadBase64InParts(fileName: string, base64: string, mime: string, sliceChars = 256 * 1024): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  // A whole number of 4-character groups a slice: each decodes on its own.
  const slice = Math.max(4, sliceChars - (sliceChars % 4));
  for (let start = 0; start < base64.length; start += slice) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(bytesOfBase64(base64.slice(start, start + slice)));
  }
  saveBlob(fileName, new Blob(parts, { type: mime }));
}

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A month's export is megabytes: decoding it with a callback per character held the page for over
 * 50 ms (e2e/month-export-scale.spec.ts). Chromium's own decoder where it has one, else one plain loop.
 */
function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const withDecoder = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };
  if (typeof withDecoder.fromBase64 === 'function') return withDecoder.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
} as const;
