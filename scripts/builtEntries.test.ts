import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heavyAmong, packagesLoadedAtStart, staticImportsOf } from './entryImports';

// Start-up cost (issue 13): the `desk` command and the app's main process load no heavy package
// before they need it, and the main process does not load the store at all: DeskService and SQLite
// live in the service host's utility process. Reads the built files, as `npm test` builds first.
// (electron/cli/usage.test.ts also runs a copy of dist/cli.js with no node_modules at all.)

const dist = (p: string) => fileURLToPath(new URL(`../dist/${p}`, import.meta.url));
const built = (p: string) => {
  expect(existsSync(dist(p)), `dist/${p} is missing: run "npm run build" first`).toBe(true);
  return dist(p);
};

describe('reading a built file\'s top-level imports', () => {
  it('sees static imports and re-exports, not dynamic import() inside functions', () => {
    const code = [
      'import Database from "better-sqlite3";',
      'import { z } from "zod";',
      'import * as docx from "docx";',
      'import "./chunk-A.js";',
      'export { x } from "@tiptap/core";',
      'async function later() {',
      '  const { chromium } = await import("playwright-core");',
      '}',
    ].join('\n');
    expect(staticImportsOf(code)).toEqual(['better-sqlite3', 'zod', 'docx', './chunk-A.js', '@tiptap/core']);
    expect(heavyAmong(['zod/v4', '@tiptap/pm/model', 'node:fs', 'zodiac', 'docx'])).toEqual(['zod/v4', '@tiptap/pm/model', 'docx']);
  });
});

describe('the built entries load no heavy package at start', () => {
  it('dist/cli.js, with the chunks it imports statically', () => {
    const loaded = packagesLoadedAtStart(built('cli.js'));
    expect(heavyAmong(loaded.keys()).map((p) => `${p} (from ${loaded.get(p)!.join(', ')})`)).toEqual([]);
  });

  it('dist/electron/main.mjs: and not the store, which runs in dist/electron/serviceHost.mjs', () => {
    const main = built('electron/main.mjs');
    const loaded = packagesLoadedAtStart(main);
    expect(heavyAmong(loaded.keys()).map((p) => `${p} (from ${loaded.get(p)!.join(', ')})`)).toEqual([]);
    const code = readFileSync(main, 'utf8');
    expect(code).not.toMatch(/\bDeskService = class\b|class DeskService\b/);
    expect(code).not.toMatch(/better-sqlite3/);
    // The host is built, and it is where the store is.
    const host = readFileSync(built('electron/serviceHost.mjs'), 'utf8');
    expect(host).toMatch(/\bDeskService = class\b|class DeskService\b/);
    expect(packagesLoadedAtStart(dist('electron/serviceHost.mjs')).has('better-sqlite3')).toBe(true);
  });
});

describe('the renderer\'s first load', () => {
  it('leaves out date-holidays and the check rules: they load with the screens that need them', () => {
    const html = readFileSync(built('renderer/index.html'), 'utf8');
    const entry = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry, 'index.html names no entry script').toBeDefined();
    // The entry and the chunks it imports statically: all of them load before the first paint.
    const firstLoad = new Map<string, string>();
    const load = (file: string) => {
      if (firstLoad.has(file)) return;
      const text = readFileSync(built(`renderer/assets/${file}`), 'utf8');
      firstLoad.set(file, text);
      for (const m of text.matchAll(/(?:^|;)\s*import\s*(?:[^"';]*?from\s*)?"\.\/([^"]+\.js)"/g)) load(m[1]!);
    };
    load(entry!.replace('assets/', ''));
    expect(firstLoad.size).toBeGreaterThan(1);
    const code = [...firstLoad.values()].join('\n');
    // A word only date-holidays' tables hold (Corpus Christi in German), and a check rule's id.
    expect(code).not.toContain('Fronleichnam');
    expect(code).not.toContain('dangling-answer');
    // …and they are still built, in a chunk of their own.
    const chunks = readdirSync(built('renderer/assets')).filter((f) => f.endsWith('.js'));
    const holding = (word: string) => chunks.filter((f) => readFileSync(dist(`renderer/assets/${f}`), 'utf8').includes(word));
    expect(holding('Fronleichnam')).not.toEqual([]);
    expect(holding('dangling-answer')).not.toEqual([]);
  });
});
