import JSZip from 'jszip';

/** A DOCX opened as its XML parts, for the tests' read-back checks (what Word would parse). */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

export const attrValues = (xml: string, element: string, attr: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);
