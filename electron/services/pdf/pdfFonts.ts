import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../../core/api/errors';

/** The four faces a published PDF prints in: body text, questions and headings, notes, and both. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontFiles = Record<Face, string>;

/**
 * Arial, or a face drawn to Arial's metrics (Liberation Sans, Arimo), as the DOCX asks for and the
 * HTML's stylesheet names: so the PDF, the DOCX opened in Word and the preview wrap alike. Fonts are
 * the machine's own (a font file is not ours to ship); every family is tried in order and the first
 * with all four faces wins, so a PDF never mixes two families.
 */
export interface FontFamily {
  dirs: string[];
  files: FontFiles;
}

const FAMILIES: FontFamily[] = [
  // Debian and Ubuntu (fonts-liberation2, then the older fonts-liberation), Fedora.
  ...['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans', '/usr/share/fonts/liberation'].map((dir) => ({
    dirs: [dir],
    files: { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf', italic: 'LiberationSans-Italic.ttf', boldItalic: 'LiberationSans-BoldItalic.ttf' },
  })),
  // Windows.
  { dirs: [join(process.env['WINDIR'] ?? 'C:\\Windows', 'Fonts')], files: { regular: 'arial.ttf', bold: 'arialbd.ttf', italic: 'ariali.ttf', boldItalic: 'arialbi.ttf' } },
  // macOS: Arial ships as a supplemental font; an older system or a user's install keeps it in Library.
  {
    dirs: ['/System/Library/Fonts/Supplemental', '/Library/Fonts'],
    files: { regular: 'Arial.ttf', bold: 'Arial Bold.ttf', italic: 'Arial Italic.ttf', boldItalic: 'Arial Bold Italic.ttf' },
  },
  // ChromeOS's and some Linux distributions' Arial metric twin.
  { dirs: ['/usr/share/fonts/truetype/croscore', '/usr/share/fonts/google-croscore'], files: { regular: 'Arimo-Regular.ttf', bold: 'Arimo-Bold.ttf', italic: 'Arimo-Italic.ttf', boldItalic: 'Arimo-BoldItalic.ttf' } },
];

/**
 * The font files to embed: DESK_PDF_FONT_DIR first when set (a folder holding one of the families
 * above, for a machine that keeps its fonts elsewhere), then the usual places. Says what to install
 * when none is found, since the PDF cannot be written without a font to embed.
 */
export function findPdfFonts(env: NodeJS.ProcessEnv = process.env, known: readonly FontFamily[] = FAMILIES): FontFiles {
  const extra = env['DESK_PDF_FONT_DIR'];
  const families = extra ? known.map((f) => ({ dirs: [extra], files: f.files })).concat(known) : known;
  for (const { dirs, files } of families) {
    for (const dir of dirs) {
      const paths = Object.fromEntries(Object.entries(files).map(([face, file]) => [face, join(dir, file)])) as FontFiles;
      if (Object.values(paths).every((p) => existsSync(p))) return paths;
    }
  }
  throw new DeskError(
    'unavailable',
    'The PDF could not be written: no Arial or Arial-compatible font (Liberation Sans, Arimo) was found to embed in it. ' +
      'Install Arial or Liberation Sans (on Debian or Ubuntu: the fonts-liberation2 package), or set DESK_PDF_FONT_DIR to a folder that holds one; the DOCX export works meanwhile.',
  );
}
