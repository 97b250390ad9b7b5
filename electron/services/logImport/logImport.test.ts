import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dispatch } from '../../../core/api/dispatch';
import type { Bundle } from '../../../core/model';
import { DeskService } from '../deskService';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../migrations';
import { openWorkspaceDb, schemaVersion } from '../workspaceDb';
import { tempWorkspacePath } from '../testing/testWorkspace';

const EXAMPLE = readFileSync(new URL('../../../../shared/examples/published-log-month.txt', import.meta.url));
const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
async function callError(method: string, input: unknown): Promise<string> {
  const result = await dispatch(service, method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error.message;
}

beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-07-10', create: true });
});
afterAll(async () => {
  await service.dispose();
  ws.cleanup();
});

interface Preview {
  entries: { reference: string; ref: string | null; title: string; summary: string; questions: { number: string; text: string; heading: boolean }[]; answers: { covers: string[]; text: string }[]; clash: boolean }[];
  report: { entriesFound: number; missingTopics: string[]; withoutReference: { reference: string }[]; clashes: string[]; sent: string; unreadable: string[] };
  imported?: string[];
}

describe('importing the example month', () => {
  it('previews four entries, two missing topics and three generated references, writing nothing', async () => {
    const preview = await call<Preview>('previewLogImport', { name: 'iopc-june-2024.txt', base64: b64(EXAMPLE), month: '2024-06' });
    expect(preview.report.entriesFound).toBe(4);
    expect(preview.report.missingTopics).toEqual(['Pursuit related deaths data', 'Staffordshire Police referrals']);
    expect(preview.report.withoutReference.map((w) => w.reference)).toEqual(['LOG-2024-06-02', 'LOG-2024-06-03', 'LOG-2024-06-04']);
    expect(preview.report.sent).toBe('2024-06-30');
    expect((await service.getWorkspace()).caseCount).toBe(0);
  });

  it('imports them as historical sent cases: in the list with the flag and in search, never in the month\'s log or checks', async () => {
    const result = await call<Preview>('importLog', { name: 'iopc-june-2024.txt', base64: b64(EXAMPLE), month: '2024-06', references: ['', 'FOI-2024-0611'] });
    expect(result.imported).toEqual(['5024007', 'FOI-2024-0611', 'LOG-2024-06-03', 'LOG-2024-06-04']);
    const list = await service.listCases({ filter: 'all', search: '' });
    expect(list.map((c) => [c.ref, c.status, c.sent, c.historical])).toEqual(expect.arrayContaining([['5024007', 'sent', '2024-06-30', true]]));
    expect(list.every((c) => c.historical)).toBe(true);
    const found = await service.listCases({ filter: 'all', search: 'WebEx' });
    expect(found.map((c) => c.ref)).toEqual(['5024007']);
    // A past log's month is not this workspace's work: no log entries, no checks.
    expect(await service.checkMonth({ month: '2024-06', purpose: 'publish' })).toEqual([]);
    const log = await call<{ entries: unknown[] }>('previewLog', { month: '2024-06' });
    expect(log.entries).toEqual([]);
    // Its answers are offered like any other case's (the question index sees them).
    const hits = (await service.searchAll({ query: 'contract renewal', filters: {}, limit: 10 })).hits;
    expect(hits.map((h) => h.ref)).toContain('5024007');
    const stored = await service.getCase({ id: list.find((c) => c.ref === '5024007')!.id });
    expect(stored.historical).toBe(true);
    expect(stored.answers.find((a) => a.doc && JSON.stringify(a.doc).includes('section 31(1)(a)'))?.exemptions).toEqual(['s31(1)(a)']);
  });

  it('reports the references it already has as clashes, and overwrites none', async () => {
    const before = (await service.getWorkspace()).caseCount;
    const again = await call<Preview>('previewLogImport', { name: 'iopc-june-2024.txt', base64: b64(EXAMPLE), month: '2024-06' });
    expect(again.report.clashes).toEqual(['5024007', 'LOG-2024-06-03', 'LOG-2024-06-04']);
    const result = await call<Preview>('importLog', { name: 'iopc-june-2024.txt', base64: b64(EXAMPLE), month: '2024-06' });
    expect(result.imported).toEqual(['LOG-2024-06-02']);
    expect((await service.getWorkspace()).caseCount).toBe(before + 1);
  });
});

describe('files that are not a log', () => {
  const garbled = Buffer.from(Array.from({ length: 6000 }, (_, i) => (i * 7919 + 13) % 256));
  it.each(['garbled.txt', 'garbled.pdf', 'garbled.docx'])('%s imports nothing and says what could not be read', async (name) => {
    const before = (await service.getWorkspace()).caseCount;
    const message = await callError('importLog', { name, base64: b64(garbled) });
    expect(message).toMatch(/garbled\.(txt|pdf|docx)|does not read as text/);
    expect(message).toMatch(/Nothing was imported|could not be read/);
    expect((await service.getWorkspace()).caseCount).toBe(before);
  });

  it('refuses a kind of file it does not read, and an empty one', async () => {
    expect(await callError('previewLogImport', { name: 'log.xlsx', base64: b64(Buffer.from('x')) })).toMatch(/PDF, Word \(\.docx\) or text/);
    expect(await callError('previewLogImport', { name: 'log.pdf', base64: '' })).toMatch(/is empty/);
  });
});

describe('migration 9', () => {
  it('adds the historical flag to a workspace made at the version before, its cases not historical', async () => {
    const path = ws.path.replace('workspace.sqlite', 'old.sqlite');
    const before = MIGRATIONS.filter((m) => m.version < 9);
    const old = openWorkspaceDb(path, before);
    expect(schemaVersion(old)).toBe(8);
    old
      .prepare(
        `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
         VALUES ('c1', 1, 'OLD-1', 'Old case', 'foia', '2024-05-01', '2024-05-20', 'sent', 1, '{"name":"","email":"","address":""}', '', '', '[]', '{}', '2024-05-01T09:00:00Z', '2024-05-01T09:00:00Z')`,
      )
      .run();
    old.close();
    const upgraded = new DeskService(path, { today: () => '2024-07-10' });
    expect((await upgraded.getWorkspace()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((await upgraded.listCases({ filter: 'all', search: '' })).map((c) => [c.ref, c.historical ?? false])).toEqual([['OLD-1', false]]);
    upgraded.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'cases_historical'").get()).toEqual({ name: 'cases_historical' });
    db.close();
  });
});

describe('our own log, exported and imported back', () => {
  const bundle = JSON.parse(readFileSync(new URL('../../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8')) as Bundle;
  let source: DeskService;
  let sourceWs: ReturnType<typeof tempWorkspacePath>;
  beforeAll(async () => {
    sourceWs = tempWorkspacePath();
    source = new DeskService(sourceWs.path, { today: () => '2024-07-10', create: true });
    await source.importBundle({ bundle, replace: false });
  });
  afterAll(async () => {
    await source.dispose();
    sourceWs.cleanup();
  });

  const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

  it.each(['docx', 'pdf'] as const)('as %s gives the same entries, questions and answers', async (format) => {
    for (const month of ['2024-05', '2024-06']) {
      const file = await source.exportLog({ month, format });
      const preview = await call<Preview>('previewLogImport', {
        name: file.fileName,
        base64: file.base64,
      });
      const sent = bundle.cases.filter((c) => c.sent?.startsWith(month) && c.publish);
      expect(preview.report.unreadable).toEqual([]);
      expect(preview.report.missingTopics).toEqual([]);
      expect(preview.entries.map((e) => [e.reference, e.title])).toEqual(
        (await source.listCases({ filter: 'all', search: '' })).filter((c) => c.sent?.startsWith(month)).sort((a, b) => (a.sent! + a.ref).localeCompare(b.sent! + b.ref)).map((c) => [c.ref, c.title]),
      );
      for (const entry of preview.entries) {
        const original = await source.getCase({ id: (await source.listCases({ filter: 'all', search: entry.reference }))[0]!.id });
        expect(sent.map((c) => c.ref)).toContain(original.ref);
        expect(entry.questions.map((q) => [q.number, loose(q.text), q.heading]), `${format} ${entry.reference} questions`).toEqual(original.questions.map((q) => [q.number, loose(q.text), q.heading]));
        const numberOf = new Map(original.questions.map((q) => [q.id, q.number]));
        for (const a of original.answers) {
          const covers = a.covers.map((id) => numberOf.get(id)!);
          const back = entry.answers.find((x) => x.covers.join() === covers.join());
          expect(back, `${format} ${entry.reference}: the answer to ${covers.join(', ')}`).toBeDefined();
          const words = JSON.stringify(a.doc).match(/"text":"([^"]*)"/g)!.map((t) => loose(t.slice(8, -1))).join('');
          expect(loose(back!.text), `${format} ${entry.reference} ${covers.join(', ')}`).toContain(words.slice(0, 60));
        }
      }
    }
  }, 60_000);
});
