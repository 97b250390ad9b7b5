import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeGeneratedCases } from './generateWorkspace';
import { DeskService } from '../electron/services/deskService';
import { monthRange } from '../electron/services/caseRepository';
import { openWorkspaceDb } from '../electron/services/workspaceDb';
import { tempWorkspacePath } from '../electron/services/testing/testWorkspace';

/**
 * Issue 13: at 50,000 cases the month's readers (the log preview and export, the month's checks, the
 * CLI's look-up by reference) read every case. Here, on a generated 20,000-case workspace, every row
 * SQLite hands back during one of those calls is counted: the month's cases and their questions and
 * answers, never the whole table.
 */
const TODAY = '2026-11-30';
const MONTH = '2025-06';

describe('month readers on a 20,000-case workspace', () => {
  const workspace = tempWorkspacePath();
  let service: DeskService;
  let raw: Database.Database;
  let monthCases: number;
  let monthRows: number;
  let publishedInMonth: number;

  beforeAll(async () => {
    const db = openWorkspaceDb(workspace.path);
    writeGeneratedCases(db, { cases: 20_000, today: TODAY });
    db.close();
    service = new DeskService(workspace.path, { today: () => TODAY, create: false });
    raw = new Database(workspace.path, { readonly: true });
    // Worked out apart from the code under test: prefix match on the sent date, no index needed.
    const where = `substr(sent, 1, 7) = '${MONTH}'`;
    monthCases = (raw.prepare(`SELECT count(*) AS n FROM cases WHERE ${where}`).get() as { n: number }).n;
    publishedInMonth = (raw.prepare(`SELECT count(*) AS n FROM cases WHERE ${where} AND publish = 1`).get() as { n: number }).n;
    monthRows = (
      raw
        .prepare(`SELECT (SELECT count(*) FROM questions WHERE case_id IN (SELECT id FROM cases WHERE ${where})) + (SELECT count(*) FROM answers WHERE case_id IN (SELECT id FROM cases WHERE ${where})) AS n`)
        .get() as { n: number }
    ).n;
  }, 120_000);

  afterAll(async () => {
    raw?.close();
    service?.close();
    workspace.cleanup();
  });

  /** Rows returned by every statement run during `fn`, counted on the statements themselves. */
  async function rowsRead(fn: () => Promise<unknown>): Promise<number> {
    const probe = raw.prepare('SELECT 1');
    const proto = Object.getPrototypeOf(probe) as { all: (...a: unknown[]) => unknown[]; get: (...a: unknown[]) => unknown };
    let rows = 0;
    const all = proto.all;
    const get = proto.get;
    const allSpy = vi.spyOn(proto, 'all').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const out = all.apply(this, args);
      rows += out.length;
      return out;
    });
    const getSpy = vi.spyOn(proto, 'get').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const out = get.apply(this, args);
      if (out !== undefined) rows += 1;
      return out;
    });
    try {
      await fn();
    } finally {
      allSpy.mockRestore();
      getSpy.mockRestore();
    }
    return rows;
  }

  it('has a month worth testing: some hundreds of cases out of 20,000', async () => {
    expect((await service.getWorkspace()).caseCount).toBe(20_001);
    expect(monthCases).toBeGreaterThan(50);
    expect(monthCases).toBeLessThan(1_000);
    expect(publishedInMonth).toBeGreaterThan(0);
  });

  it('previewLog reads the month’s cases and their questions and answers, not the whole table', async () => {
    let entries = 0;
    const rows = await rowsRead(async () => (entries = (await service.previewLog({ month: MONTH })).entries.length));
    expect(entries).toBe(publishedInMonth);
    // Each month case: its row twice (the month's range, then the whole case) plus its questions and answers; a few settings rows.
    expect(rows).toBeLessThanOrEqual(2 * monthCases + monthRows + 50);
    expect(rows).toBeGreaterThanOrEqual(monthCases + monthRows);
  });

  it('checkMonth reads only the month too, and finds the same cases', async () => {
    const rows = await rowsRead(() => service.checkMonth({ month: MONTH, purpose: 'publish' }));
    expect(rows).toBeLessThanOrEqual(2 * monthCases + monthRows + 50);
  });

  it('the month query walks the sent-date index rather than scanning the cases', async () => {
    const { first, next } = monthRange(MONTH);
    const plan = (raw.prepare('EXPLAIN QUERY PLAN SELECT * FROM cases WHERE sent >= ? AND sent < ? ORDER BY sent, ref').all(first, next) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toContain('USING INDEX cases_by_sent');
    expect(plan).not.toMatch(/^SCAN cases$/m);
  });

  it('finds a case by its exact reference with one row read', async () => {
    const ref = (raw.prepare(`SELECT ref FROM cases WHERE substr(sent, 1, 7) = '${MONTH}' LIMIT 1`).get() as { ref: string }).ref;
    let id: string | null = null;
    const rows = await rowsRead(async () => (id = (await service.findCaseByRef({ ref })).id));
    expect(id).toBe((raw.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string }).id);
    expect(rows).toBe(1);
    expect(await service.findCaseByRef({ ref: `${ref}-none` })).toEqual({ id: null });
  });

  it('says which months have a published log from the sent dates alone', async () => {
    const empty = '2040-01';
    await expect(service.exportLog({ month: empty, format: 'html' })).rejects.toThrow(/Months with published responses: .*June 2025 \(\d+\)/);
  });
});

describe('monthRange', () => {
  it('runs to the first of the next month, across the year end', async () => {
    expect(monthRange('2024-12')).toEqual({ first: '2024-12-01', next: '2025-01-01' });
    expect(monthRange('2024-02')).toEqual({ first: '2024-02-01', next: '2024-03-01' });
  });

  it('refuses anything but YYYY-MM, saying the form to use', async () => {
    expect(() => monthRange('2024-13')).toThrow(/use the form YYYY-MM/);
  });
});
