import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './findChromium';

describe('findChromium', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it('prefers the path given, then DESK_CHROMIUM, then the usual install paths', () => {
    expect(findChromium('/opt/chrome', { DESK_CHROMIUM: '/usr/bin/x' }, only('/opt/chrome', '/usr/bin/x'))).toBe('/opt/chrome');
    expect(findChromium(undefined, { DESK_CHROMIUM: '/usr/bin/x' }, only('/usr/bin/x', '/usr/bin/chromium'))).toBe('/usr/bin/x');
    expect(findChromium(undefined, {}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('says what to install or set when there is none', () => {
    expect(() => findChromium(undefined, {}, only())).toThrow(/apt-get install chromium.*--chromium or DESK_CHROMIUM/);
    expect(() => findChromium('/nowhere', {}, only())).toThrow(/No browser at \/nowhere/);
    // Its own code, so the window can say so without reading the words.
    expect(() => findChromium('/nowhere', {}, only())).toThrow(expect.objectContaining({ code: 'browser-missing' }));
    expect(() => findChromium(undefined, {}, only())).toThrow(expect.objectContaining({ code: 'browser-missing' }));
  });

  it('knows where Chrome and Edge live on Windows and macOS', () => {
    expect(chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32').some((p) => p.includes('msedge.exe'))).toBe(true);
    expect(chromiumCandidates({}, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });
});
