// The browser side of clause packs: files chosen in the window become what importClausePack takes,
// and an exported pack becomes a download, with no file system access in the page.

export async function readPackFiles(files: readonly File[]): Promise<{ base64: string } | { files: { name: string; text: string }[] }> {
  const zip = files.find((f) => f.name.toLowerCase().endsWith('.zip'));
  if (zip) return { base64: toBase64(new Uint8Array(await zip.arrayBuffer())) };
  return { files: await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))) };
}

export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
