import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a published PDF must show a checker, read with poppler and qpdf (the tools a reviewer would
 * use): tagging, title, language, bookmarks, internal links and embedded fonts. Used by the tests.
 */
export interface PdfFacts {
  tagged: boolean;
  title: string;
  pages: number;
  lang: string | null;
  outlineTitles: { title: string; depth: number }[];
  /** Named destinations every internal link points at, and whether the document defines each. */
  internalLinks: { dest: string; resolves: boolean }[];
  externalLinks: string[];
  fontsAllEmbedded: boolean;
  fontCount: number;
  text: string;
}

type Json = Record<string, unknown>;

function outline(items: Json[], depth: number, out: PdfFacts['outlineTitles']): void {
  for (const item of items) {
    out.push({ title: String(item['title']), depth });
    outline((item['kids'] as Json[]) ?? [], depth + 1, out);
  }
}

const strip = (s: unknown) => String(s).replace(/^[u/]:?/, '');

export function inspectPdf(bytes: Uint8Array): PdfFacts {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Json;
    const objects = (json['qpdf'] as [Json, Record<string, { value?: unknown }>])[1];
    const value = (ref: unknown) => objects[`obj:${String(ref)}`]?.value as Json | undefined;
    const trailer = objects['trailer']?.value as Json;
    const catalog = value(trailer['/Root']) ?? {};
    const dests = new Set(Object.keys((value(catalog['/Dests']) ?? {}) as Json).map((k) => k.replace(/^\//, '')));
    const internalLinks: PdfFacts['internalLinks'] = [];
    const externalLinks: string[] = [];
    for (const obj of Object.values(objects)) {
      const v = obj.value as Json | undefined;
      if (!v || typeof v !== 'object' || v['/Subtype'] !== '/Link') continue;
      if (typeof v['/Dest'] === 'string') {
        const dest = strip(v['/Dest']);
        internalLinks.push({ dest, resolves: dests.has(dest) });
      } else if (v['/A'] && (v['/A'] as Json)['/URI']) externalLinks.push(strip((v['/A'] as Json)['/URI']));
    }
    const outlineTitles: PdfFacts['outlineTitles'] = [];
    outline((json['outlines'] as Json[]) ?? [], 0, outlineTitles);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    // pdffonts columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right.
    const embedded = fonts.map((l) => l.trim().split(/\s+/).slice(-5)[0]);
    return {
      tagged: field('Tagged') === 'yes',
      title: field('Title'),
      pages: Number(field('Pages')),
      lang: catalog['/Lang'] ? strip(catalog['/Lang']) : null,
      outlineTitles,
      internalLinks,
      externalLinks,
      fontsAllEmbedded: embedded.every((e) => e === 'yes'),
      fontCount: fonts.length,
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
