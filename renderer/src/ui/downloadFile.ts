/**
 * Hands an exported file to the officer. In the app, Electron turns this download into a Save
 * dialog; in a browser it lands in Downloads. The bytes never leave this machine.
 */
export function downloadBase64(fileName: string, base64: string, mime: string): void {
  const bytes = bytesOfBase64(base64);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
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
