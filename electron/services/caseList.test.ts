import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import type { CaseFilter } from '../../core/api/contract';
import { isCaseOpen, type CaseSummary } from '../../core/model';
import { DeskService } from './deskService';
import { MIGRATIONS } from './migrations';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

const FILTERS: CaseFilter[] = ['all', 'open', 'overdue', 'due-this-week', 'sent-this-month'];
const REGIMES = ['foia', 'eir', 'foisa', 'eisr'] as const;
const STATUSES = ['new', 'drafting', 'awaiting-information', 'in-review', 'sent', 'closed'] as const;

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Sixty cases received over the two months before 23 December 2024, in every regime and status. */
async function fillWorkspace(service: DeskService): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const regime = REGIMES[i % 4]!;
    const c = await service.createCase({ ref: `R${String(i).padStart(3, '0')}`, title: `Case ${i}`, regime, received: shift('2024-12-23', -(i * 37) % 61), requester: { name: '', email: '', address: '' }, requestText: '' });
    const status = STATUSES[(i * 7) % 6]!;
    const sent = status === 'sent' || status === 'closed' ? shift(c.received, 3 + (i % 20)) : null;
    await service.updateCase({ id: c.id, patch: { status, ...(sent ? { sent } : {}), ...(i % 9 === 0 && regime === 'foia' ? { clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 10, complexExtension: false } } : {}) } });
  }
}

/** The list as it was worked out before SQL did it: every case's deadline, filtered and sorted in JavaScript. */
async function expectedList(service: DeskService, filter: CaseFilter, today: string): Promise<string[]> {
  const all = await service.listCases({ filter: 'all', search: '', today });
  const daysLeft = new Map<string, number>();
  for (const s of all) daysLeft.set(s.id, (await service.getCaseDeadline({ id: s.id, today })).workingDaysLeft);
  const kept = all.filter((s) => {
    const left = daysLeft.get(s.id)!;
    switch (filter) {
      case 'all':
        return true;
      case 'open':
        return isCaseOpen(s);
      case 'overdue':
        return isCaseOpen(s) && left < 0;
      case 'due-this-week':
        return isCaseOpen(s) && left >= 0 && left <= 5;
      case 'sent-this-month':
        return s.sent !== null && s.sent.slice(0, 7) === today.slice(0, 7);
    }
  });
  return kept.sort(officerOrder).map((s) => s.ref);
}

function officerOrder(a: CaseSummary, b: CaseSummary): number {
  const aOpen = isCaseOpen(a) ? 0 : 1;
  const bOpen = isCaseOpen(b) ? 0 : 1;
  if (aOpen !== bOpen) return aOpen - bOpen;
  if (aOpen === 0) return a.due.localeCompare(b.due) || a.ref.localeCompare(b.ref);
  return (b.sent ?? b.received).localeCompare(a.sent ?? a.received) || b.received.localeCompare(a.received) || a.ref.localeCompare(b.ref);
}

describe('the case list in SQL', () => {
  // A Monday, a Saturday, Boxing Day and the first working day after New Year: the filters turn on working days.
  const days = ['2024-12-23', '2024-12-28', '2024-12-26', '2025-01-02', '2025-01-06'];

  it('filters and sorts exactly as the deadlines say, on working days and holidays alike', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-12-23' });
    await fillWorkspace(service);
    for (const today of days) {
      for (const filter of FILTERS) {
        expect((await service.listCases({ filter, search: '', today })).map((s) => s.ref), `${filter} on ${today}`).toEqual(await expectedList(service, filter, today));
      }
    }
    service.close();
  });

  it('pages: the pages put together are the whole list, in order', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-12-23' });
    await fillWorkspace(service);
    for (const filter of FILTERS) {
      const whole = (await service.listCases({ filter, search: '', today: '2024-12-23' })).map((s) => s.ref);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.length + 7; offset += 7) paged.push(...(await service.listCases({ filter, search: '', today: '2024-12-23', offset, limit: 7 })).map((s) => s.ref));
      expect(paged, filter).toEqual(whole);
    }
    expect((await service.listCases({ filter: 'all', search: '', regime: 'foisa' })).every((s) => s.regime === 'foisa')).toBe(true);
    service.close();
  });

  it('moves the stored deadlines when a holiday is added or removed, or the time limit settings change', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-12-23' });
    await fillWorkspace(service);
    const storedMatchDeadlines = async () => {
      const db = new Database(ws.path, { readonly: true });
      const rows = db.prepare("SELECT id, due FROM cases WHERE status NOT IN ('sent', 'closed')").all() as { id: string; due: string }[];
      db.close();
      for (const r of rows) {
        const d = await service.getCaseDeadline({ id: r.id });
        expect(r.due).toBe(d.extendedDue ?? d.due);
      }
      return rows.length;
    };
    expect(await storedMatchDeadlines()).toBeGreaterThan(10);
    await service.addHoliday({ date: '2025-01-03', name: 'A proclaimed holiday' });
    await storedMatchDeadlines();
    for (const filter of FILTERS) expect((await service.listCases({ filter, search: '', today: '2025-01-02' })).map((s) => s.ref)).toEqual(await expectedList(service, filter, '2025-01-02'));
    await service.removeHoliday({ date: '2025-01-03' });
    await storedMatchDeadlines();
    await service.saveOrganisation({ ...(await service.getWorkspace()).organisation, timeLimitVariations: ['school'], schoolClosures: [{ from: '2024-12-20', to: '2025-01-06', name: 'Christmas holidays' }] });
    await storedMatchDeadlines();
    service.close();
  });

  it('finds a reference by a fragment, and ranks a word in the questions above the same word in an answer', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-12-23' });
    const blank = { regime: 'foia', received: '2024-12-02', requester: { name: '', email: '', address: '' } } as const;
    const asked = async (ref: string, title: string, question: string) => {
      const c = await service.createCase({ ...blank, ref, title, requestText: '' });
      return await service.updateCase({ id: c.id, patch: { questions: [{ id: `${ref}-q1`, number: '1', label: '', text: question, heading: false }] } });
    };
    const inAnswer = await asked('5024007', 'Roads', 'What did you spend on roads?');
    await asked('5031999', 'Winter', 'How many tonnes of salt were used for gritting?');
    await service.saveAnswer({ caseId: inAnswer.id, answer: { id: 'a1', covers: [inAnswer.questions[0]!.id], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Including gritting, the spend was 3 million pounds.' }] }] }, disposition: 'answered', exemptions: [], redirectTo: '' } });
    expect((await service.listCases({ filter: 'all', search: '4007' })).map((s) => s.ref)).toEqual(['5024007']);
    expect((await service.listCases({ filter: 'all', search: 'gritt' })).map((s) => s.ref)).toEqual(['5031999', '5024007']);
    // Autosave replaces the case's entry: the old words go, the new ones are found.
    await service.saveAnswer({ caseId: inAnswer.id, answer: { id: 'a1', covers: [inAnswer.questions[0]!.id], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Resurfacing cost 3 million pounds.' }] }] }, disposition: 'answered', exemptions: [], redirectTo: '' } });
    expect((await service.listCases({ filter: 'all', search: 'gritting' })).map((s) => s.ref)).toEqual(['5031999']);
    expect((await service.listCases({ filter: 'all', search: 'resurf' })).map((s) => s.ref)).toEqual(['5024007']);
    await service.deleteCase({ id: inAnswer.id });
    expect(await service.listCases({ filter: 'all', search: 'resurf' })).toEqual([]);
    service.close();
  });

  it('autosave replaces the search entry by its key, never by reading the whole index', async () => {
    const db = openWorkspaceDb(ws.path);
    const plan = db.prepare("EXPLAIN QUERY PLAN DELETE FROM case_text WHERE rowid = (SELECT num FROM cases WHERE id = 'x')").all() as { detail: string }[];
    db.close();
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/cases USING (COVERING )?INDEX sqlite_autoindex_cases_1/);
    // "0:=" is FTS5's lookup of one rowid; the old delete by an UNINDEXED case id showed a bare "0:", a full scan.
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/case_text VIRTUAL TABLE INDEX 0:=/);
  });
});

describe('migrations, each run on a workspace made by the version before it', () => {
  /** A case as schema 1 already stored it: every later migration must carry it forward. */
  function fillAtVersion(db: Database.Database, version: number): void {
    const now = '2024-11-01T09:00:00.000Z';
    db.prepare(
      `INSERT INTO cases (id, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
       VALUES ('c1', '5024007', 'Gritting routes', 'foia', '2024-12-02', NULL, 'drafting', 1, '{"name":"","email":"","address":""}', '1. Which roads are gritted?', '', '[]',
       '{"clarificationRequested":null,"clarificationReceived":null,"publicInterestExtensionDays":0,"complexExtension":false}', ?, ?)`,
    ).run(now, now);
    db.prepare("INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES ('q1', 'c1', 0, '1', '', 'Which roads are gritted?', 0)").run();
    db.prepare(
      `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
       VALUES ('a1', 'c1', 0, '["q1"]', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"The A-roads and bus routes."}]}]}', 'The A-roads and bus routes.', 'answered', '[]', '', ?)`,
    ).run(now);
    // The search index as versions before 4 kept it, by an unindexed case id.
    if (version < 4) db.prepare("INSERT INTO case_search (case_id, ref, title, body) VALUES ('c1', '5024007', 'Gritting routes', 'The A-roads and bus routes.')").run();
  }

  for (const m of MIGRATIONS.slice(1)) {
    it(`migration ${m.version} (${m.name}) keeps a case written at version ${m.version - 1}`, async () => {
      const previous = MIGRATIONS.filter((x) => x.version < m.version);
      const db = openWorkspaceDb(ws.path, previous);
      fillAtVersion(db, m.version - 1);
      db.close();
      const upgraded = openWorkspaceDb(ws.path, MIGRATIONS.filter((x) => x.version <= m.version));
      expect(schemaVersion(upgraded)).toBe(m.version);
      expect(upgraded.prepare('SELECT ref FROM cases').all()).toEqual([{ ref: '5024007' }]);
      expect(upgraded.prepare('SELECT plain_text FROM answers').all()).toEqual([{ plain_text: 'The A-roads and bus routes.' }]);
      upgraded.close();
      expect(readdirSync(ws.dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    });
  }

  // Received Mon 2 Dec 2024: day 20 is Fri 3 Jan, 2 January being a Scottish bank holiday and so not a working day under FOIA.
  it('migration 4 builds the search index and the stored deadlines for a workspace of schema 3', async () => {
    const db = openWorkspaceDb(ws.path, MIGRATIONS.filter((x) => x.version <= 3));
    fillAtVersion(db, 3);
    db.close();
    const service = new DeskService(ws.path, { today: () => '2024-12-23', create: false });
    expect((await service.getWorkspace()).schemaVersion).toBeGreaterThanOrEqual(4);
    for (const text of ['gritted', 'bus rout', '4007', 'gritting']) expect((await service.listCases({ filter: 'all', search: text })).map((s) => s.ref), text).toEqual(['5024007']);
    const [open] = await service.listCases({ filter: 'open', search: '' });
    expect(open?.due).toBe((await service.getCaseDeadline({ id: 'c1' })).due);
    const raw = new Database(ws.path, { readonly: true });
    expect(raw.prepare("SELECT due, num FROM cases WHERE id = 'c1'").get()).toEqual({ due: '2025-01-03', num: 1 });
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'case_search'").all()).toEqual([]);
    raw.close();
    service.close();
  });
});
