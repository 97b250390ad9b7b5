import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPdfFonts, type FontFamily } from './pdfFonts';

const LIBERATION = '/usr/share/fonts/truetype/liberation2';
const liberation: FontFamily = {
  dirs: [LIBERATION],
  files: { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf', italic: 'LiberationSans-Italic.ttf', boldItalic: 'LiberationSans-BoldItalic.ttf' },
};

describe('the fonts a PDF embeds', () => {
  it('finds all four faces of one Arial-metric family on this machine', () => {
    const fonts = findPdfFonts({});
    expect(Object.keys(fonts).sort()).toEqual(['bold', 'boldItalic', 'italic', 'regular']);
    expect(new Set(Object.values(fonts).map((f) => f.replace(/[^/]+$/, ''))).size).toBe(1);
  });

  it('takes DESK_PDF_FONT_DIR first, and skips a family with a face missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-fonts-'));
    try {
      const partial = join(dir, 'partial');
      mkdirSync(partial);
      symlinkSync(join(LIBERATION, 'LiberationSans-Regular.ttf'), join(partial, 'LiberationSans-Regular.ttf'));
      expect(findPdfFonts({ DESK_PDF_FONT_DIR: partial }, [liberation]).regular).toBe(join(LIBERATION, 'LiberationSans-Regular.ttf'));
      for (const file of Object.values(liberation.files)) symlinkSync(join(LIBERATION, file), join(dir, file));
      expect(findPdfFonts({ DESK_PDF_FONT_DIR: dir }, [liberation]).bold).toBe(join(dir, 'LiberationSans-Bold.ttf'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what to install when no family is complete', () => {
    const none: FontFamily = { dirs: [join(tmpdir(), 'desk-no-fonts-here')], files: liberation.files };
    expect(() => findPdfFonts({}, [none])).toThrow(/no Arial or Arial-compatible font .* fonts-liberation2 .* DESK_PDF_FONT_DIR/);
  });
});
