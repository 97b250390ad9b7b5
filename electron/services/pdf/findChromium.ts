import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../../core/api/errors';

/** Where Chromium-family browsers are installed on the machines officers use. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/**
 * The browser that prints PDFs: the one named (--chromium), else DESK_CHROMIUM, else the first
 * installed. Throws DeskError('browser-missing') with a message that says what to install or set.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const named = explicit || env['DESK_CHROMIUM'];
  if (named) {
    if (!exists(named)) throw new DeskError('browser-missing', `No browser at ${named}. Give the path of Chromium, Chrome or Edge (--chromium or DESK_CHROMIUM).`);
    return named;
  }
  const found = chromiumCandidates(env).find((p) => exists(p));
  if (!found) {
    throw new DeskError('browser-missing', 'No Chromium, Chrome or Edge was found to print the PDF. Install one (on Debian: apt-get install chromium), or give its path with --chromium or DESK_CHROMIUM. DOCX and HTML export work without it.');
  }
  return found;
}
