// Renders assets/icon.svg to assets/icon.png (512x512, electron-builder derives .ico/.icns from
// it) and assets/icon-256.png, with the system Chromium through playwright-core.
// Usage: node scripts/make-icons.mjs   (needs /usr/bin/chromium, or CHROMIUM_PATH)
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = path.join(ROOT, 'assets');
const SIZES = [
  { size: 512, file: 'icon.png' },
  { size: 256, file: 'icon-256.png' },
];

export async function makeIcons() {
  const svg = await readFile(path.join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const { size, file } of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      await page.screenshot({ path: path.join(ASSETS, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return SIZES.map(({ file }) => path.join(ASSETS, file));
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  makeIcons().then((files) => console.log(`Wrote ${files.map((f) => path.relative(ROOT, f)).join(', ')}`));
}
