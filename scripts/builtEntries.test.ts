import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../electron/cli/runForTest';
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

describe('the CLI commands load only the parsers they use', () => {
  // `desk export log` took 1.2–1.6 s, a third of it loading the readers of files from outside
  // (Word, email, Outlook, PDF) and TipTap, none of which an export uses: they came in with the
  // DeskService's intake, the log import and the bundle codec (issue 13).
  const PARSERS = ['mammoth', 'pdfjs-dist', 'postal-mime', '@kenjiuno/msgreader', '@tiptap/'];
  const parsersAmong = (specifiers: Iterable<string>) =>
    [...specifiers].filter((s) => PARSERS.some((p) => (p.endsWith('/') ? s.startsWith(p) : s === p || s.startsWith(`${p}/`))));
  const commandChunk = (name: string) => {
    const files = readdirSync(built('cli')).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    expect(files, `dist/cli holds no single chunk for the ${name} command`).toHaveLength(1);
    return dist(`cli/${files[0]!}`);
  };

  it.each(['exportLog', 'deadline'])('dist/cli/%s-*.js, with the chunks it imports statically', (name) => {
    const loaded = packagesLoadedAtStart(commandChunk(name));
    expect(parsersAmong(loaded.keys()).map((p) => `${p} (from ${loaded.get(p)!.join(', ')})`)).toEqual([]);
  });

  it('dist/cli/withService-*.js (every command that opens a workspace) loads no DOCX, zip or PostgreSQL code until used', () => {
    // 100 ms of every command: the statistics' DOCX, the clause packs' zip and the team's pg client
    // came in with DeskService, though a file's workspace needs none of them to open (issue 13).
    const loaded = packagesLoadedAtStart(commandChunk('withService'));
    expect(['docx', 'jszip', 'pg', 'playwright-core', 'date-holidays'].filter((p) => loaded.has(p)).map((p) => `${p} (from ${loaded.get(p)!.join(', ')})`)).toEqual([]);
  });

  it('dist/cli/deadline-*.js and the service host count working days from the built table, without date-holidays', () => {
    for (const file of [commandChunk('deadline'), dist('electron/serviceHost.mjs')]) {
      expect(packagesLoadedAtStart(file).has('date-holidays'), file).toBe(false);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from "date-holidays"/);
    }
  });

  it('…and the built CLI gives the deadlines the calendar itself gives, in every part of the UK', async () => {
    // Christmas and New Year (Scotland's 2 January), Easter, St Patrick's Day (Northern Ireland), a
    // Scottish case beside an English one, and years far from today.
    const cases: [string, string][] = [['2024-12-20', 'foia'], ['2024-12-20', 'foisa'], ['2025-03-10', 'foia'], ['2024-03-25', 'eir'], ['2031-11-27', 'eisr'], ['1999-12-24', 'foia'], ['2150-04-01', 'foia']];
    for (const [received, regime] of cases) {
      const fromTable = execFileSync(process.execPath, [built('cli.js'), 'deadline', '--received', received, '--regime', regime], { encoding: 'utf8' }).trim();
      const fromCalendar = (await cli('deadline', '--received', received, '--regime', regime)).out.trim();
      expect(fromTable, `${received} ${regime}`).toBe(fromCalendar);
    }
  });

  it('…and the parsers are still built, for the commands that read files', () => {
    const chunks = readdirSync(built('cli')).map((f) => dist(`cli/${f}`));
    const everywhere = new Set(chunks.flatMap((f) => [...packagesLoadedAtStart(f).keys()]));
    expect(parsersAmong(everywhere).map((p) => p.replace(/^(@tiptap\/).*/, '$1').replace(/^(pdfjs-dist)\/.*/, '$1'))).toEqual(expect.arrayContaining(PARSERS));
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
    // …and the check rules are still built, in a chunk of their own.
    const chunks = readdirSync(built('renderer/assets')).filter((f) => f.endsWith('.js'));
    const holding = (word: string) => chunks.filter((f) => readFileSync(dist(`renderer/assets/${f}`), 'utf8').includes(word));
    expect(holding('dangling-answer')).not.toEqual([]);
  });

  it('carries no date-holidays at all: the check rules count working days from the table the build wrote', () => {
    // date-holidays' every-country rules, moment and astronomia were 1.3 MB of the check rules' 1.5 MB
    // chunk: a long task on the first case opened (core/deadlines/bankHolidayTable.ts).
    const chunks = readdirSync(built('renderer/assets')).filter((f) => f.endsWith('.js'));
    const holding = (word: string) => chunks.filter((f) => readFileSync(dist(`renderer/assets/${f}`), 'utf8').includes(word));
    expect(holding('Fronleichnam')).toEqual([]);
    expect(holding('moment-timezone')).toEqual([]);
    // The table is in the rules' chunk: the millennium's bank holiday, one of our corrections, is one of its names.
    const rules = holding('dangling-answer');
    expect(rules).toHaveLength(1);
    expect(holding('Millennium bank holiday')).toEqual(rules);
    expect(readFileSync(dist(`renderer/assets/${rules[0]}`), 'utf8').length).toBeLessThan(300_000);
  });

  it('opening a case does not wait for date-holidays: the case screen\'s chunks leave it out', () => {
    // Its tables took a third of the time to open a 200-question case; the service computes the
    // deadlines, and the check rules that count working days load after the case is on screen.
    const chunks = readdirSync(built('renderer/assets')).filter((f) => /^CaseScreen-.*\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const loaded = new Map<string, string>();
    const load = (file: string) => {
      if (loaded.has(file)) return;
      const text = readFileSync(built(`renderer/assets/${file}`), 'utf8');
      loaded.set(file, text);
      for (const m of text.matchAll(/(?:^|;)\s*import\s*(?:[^"';]*?from\s*)?"\.\/([^"]+\.js)"/g)) load(m[1]!);
    };
    load(chunks[0]!);
    expect([...loaded].filter(([, text]) => text.includes('Fronleichnam')).map(([file]) => file)).toEqual([]);
  });
});
