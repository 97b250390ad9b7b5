import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { DeskService } from './deskService';
import { MIGRATIONS } from './migrations';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';

// Issue 11, "lists and search that tell the truth". Seen: with the list on Open, searching for a sent
// case found nothing, and the requester's name or email (what an officer hears on the phone) found
// nothing in any filter; an empty list said only "No case matches that search".

const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-07-15', now: () => '2024-07-15T10:00:00.000Z' });
  await service.importBundle({ bundle, replace: false });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const refs = (rows: { ref: string }[]) => rows.map((r) => r.ref).sort();

describe('search looks in every case, whatever the filter', () => {
  it('finds a sent case while the list shows open cases', async () => {
    expect(await service.listCases({ filter: 'open', search: '' })).toEqual([]);
    expect(refs(await service.listCases({ filter: 'open', search: '5024113' }))).toEqual(['5024113']);
    const title = (await service.getCase({ id: (await service.findCaseByRef({ ref: '5024150' })).id! })).title.split(/\s+/)[0]!;
    expect(refs(await service.listCases({ filter: 'overdue', search: title }))).toContain('5024150');
  });

  it("finds a case by the requester's name or email, in the officer's own search only", async () => {
    expect(refs(await service.listCases({ filter: 'open', search: 'Sam Placeholder' }))).toEqual(['5024113']);
    expect(refs(await service.listCases({ filter: 'open', search: 'riley.sample@example.org' }))).toEqual(['5024150']);
    expect(refs(await service.listCases({ filter: 'all', search: 'jordan' }))).toEqual(['5024007']);
  });

  it('keeps the index in step when the requester changes', async () => {
    const id = (await service.findCaseByRef({ ref: '5024113' })).id!;
    await service.recordSentEdit({ caseId: id, reason: 'Requester named wrongly' });
    await service.updateCase({ id, patch: { requester: { name: 'Jo Bloggs', email: 'jo@example.com', address: '' } } });
    expect(refs(await service.listCases({ filter: 'all', search: 'placeholder' }))).toEqual([]);
    expect(refs(await service.listCases({ filter: 'all', search: 'bloggs' }))).toEqual(['5024113']);
  });
});

describe('an empty list says which filter hides what', () => {
  it('counts the cases the status filter hides: "No open cases. 3 sent cases match"', async () => {
    expect(await service.explainEmptyList({ filter: 'open', search: '' })).toEqual({ otherStatuses: [{ status: 'sent', count: 3 }], otherRegimes: [], inBin: 0 });
    expect(await service.explainEmptyList({ filter: 'all', search: '' })).toEqual({ otherStatuses: [], otherRegimes: [], inBin: 0 });
  });

  it('counts what the regime hides, for a search too', async () => {
    expect(await service.explainEmptyList({ filter: 'all', search: 'example', regime: 'eir' })).toEqual({ otherStatuses: [], otherRegimes: [{ regime: 'foia', count: 3 }], inBin: 0 });
    expect((await service.explainEmptyList({ filter: 'open', search: '', regime: 'eir' })).otherStatuses).toEqual([]);
  });

  it('says a search would have found a case in the bin', async () => {
    await service.deleteCase({ id: (await service.findCaseByRef({ ref: '5024113' })).id! });
    expect(await service.listCases({ filter: 'all', search: 'placeholder' })).toEqual([]);
    expect(await service.explainEmptyList({ filter: 'open', search: 'placeholder' })).toEqual({ otherStatuses: [], otherRegimes: [], inBin: 1 });
  });
});

describe('migration 7 on a workspace made at the version before it', () => {
  it('indexes the requester of existing cases, and adds the bin and the log order', async () => {
    service.close();
    ws.cleanup();
    ws = tempWorkspacePath();
    const previous = MIGRATIONS.filter((m) => m.version < 7);
    const db = openWorkspaceDb(ws.path, previous);
    expect(schemaVersion(db)).toBe(previous.at(-1)!.version);
    db.close();
    const atPrevious = new DeskServiceAt(ws.path, previous);
    await atPrevious.fill();
    // A damaged requester must not stop the migration.
    const raw = new Database(ws.path);
    raw.prepare("UPDATE cases SET requester = '{not json' WHERE ref = '5024007'").run();
    raw.close();

    service = new DeskService(ws.path, { today: () => '2024-07-15', create: false });
    expect((await service.getWorkspace()).schemaVersion).toBeGreaterThanOrEqual(7);
    expect(refs(await service.listCases({ filter: 'open', search: 'riley.sample@example.org' }))).toEqual(['5024150']);
    expect(refs(await service.listCases({ filter: 'all', search: 'placeholder' }))).toEqual(['5024113']);
    // The damaged requester indexes as empty; its case is still found by its other words.
    expect(refs(await service.listCases({ filter: 'all', search: '5024007' }))).toEqual(['5024007']);
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: null });
    expect(await service.listBin()).toEqual([]);
    const check = new Database(ws.path, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL').get()).toEqual({ n: 3 });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'cases_binned'").get()).toEqual({ name: 'cases_binned' });
    check.close();
  });
});

/** Writes the fixture's cases into a workspace held at an older schema, through raw SQL as that version did. */
class DeskServiceAt {
  constructor(
    private readonly path: string,
    private readonly migrations: typeof MIGRATIONS,
  ) {}

  async fill(): Promise<void> {
    // The current service writes through the current schema, so fill a scratch workspace and copy the rows.
    const scratch = tempWorkspacePath();
    const s = new DeskService(scratch.path, { today: () => '2024-07-15' });
    await s.importBundle({ bundle, replace: false });
    s.close();
    const db = openWorkspaceDb(this.path, this.migrations);
    db.exec(`ATTACH DATABASE '${scratch.path.replace(/'/g, "''")}' AS src`);
    const columns = (table: string) => (db.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string; hidden?: number }[]).map((c) => c.name).filter((n) => n !== 'is_open');
    for (const table of ['cases', 'questions', 'answers']) {
      const cols = columns(table).join(', ');
      db.exec(`INSERT INTO main.${table} (${cols}) SELECT ${cols} FROM src.${table}`);
    }
    db.exec('DETACH DATABASE src');
    db.close();
    scratch.cleanup();
  }
}
