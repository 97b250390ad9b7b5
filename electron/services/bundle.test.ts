import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

const iopc = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8'));

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path);
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

describe('case bundles (disclosure-desk/1)', () => {
  it('imports, exports and re-imports the IOPC month identically', async () => {
    expect((await service.importBundle({ bundle: iopc, replace: false })).imported).toEqual(['5024007', '5024113', '5024150']);
    const first = await service.exportBundle({});
    const other = tempWorkspacePath();
    const second = new DeskService(other.path);
    try {
      await second.importBundle({ bundle: first, replace: false });
      expect(await second.exportBundle({})).toEqual(first);
    } finally {
      second.close();
      other.cleanup();
    }
    // What went in comes out: the rich answers survive as the same HTML.
    const c = first.cases.find((x) => x.ref === '5024150')!;
    expect(c.answers[2]!.html).toContain('<table>');
    expect(c.attachments).toEqual([{ name: 'Senior Project Manager job description.pdf' }]);
    expect(first.cases[0]!.answers.at(-1)!.covers).toEqual(['1.g', '2.a']);
  });

  it('refuses a broken bundle, naming the JSON path, and changes nothing', async () => {
    await service.importBundle({ bundle: iopc, replace: false });
    const before = await service.exportBundle({});
    const broken = structuredClone(iopc);
    broken.cases[1].received = '2024-02-30';
    broken.cases[2].answers[0].covers = ['9'];
    broken.cases[0].colour = 'blue';
    const r = await dispatch(service, 'importBundle', { bundle: broken, replace: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('cases[1].received');
      expect(r.error.message).toContain('cases[2].answers[0].covers[0]');
      expect(r.error.message).toMatch(/cases\[0\]: Unrecognized key.*colour/);
      expect(r.error.message).toContain('Nothing was changed');
    }
    expect(await service.exportBundle({})).toEqual(before);
  });

  it('asks for replace when a reference exists, and replaces only when told', async () => {
    await service.importBundle({ bundle: iopc, replace: false });
    const again = await dispatch(service, 'importBundle', { bundle: iopc });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const changed = structuredClone(iopc);
    changed.cases[0].title = 'Contact centre (corrected)';
    const r = await service.importBundle({ bundle: changed, replace: true });
    expect(r.replaced).toHaveLength(3);
    expect((await service.listCases({ filter: 'all', search: '' })).map((c) => c.title)).toContain('Contact centre (corrected)');
    expect((await service.getWorkspace()).caseCount).toBe(3);
  });

  it('strips what the editor cannot hold from imported HTML', async () => {
    const b = structuredClone(iopc);
    b.cases = [b.cases[2]];
    b.cases[0].answers[0].html = '<p style="color:red" onclick="alert(1)">Hi <script>alert(1)</script><a href="javascript:alert(1)">link</a></p>';
    await service.importBundle({ bundle: b, replace: false });
    const out = await service.exportBundle({});
    expect(out.cases[0]!.answers[0]!.html).toBe('<p>Hi link</p>');
  });

  it('keeps the workspace settings unless told to replace them, and reports what differs', async () => {
    await service.saveOrganisation({ ...(await service.getWorkspace()).organisation, name: 'Our Council', reviewAddress: 'FOI Reviews, Town Hall', costTier: 'other' });
    const b = structuredClone(iopc);
    b.organisation = { ...(await service.getWorkspace()).organisation, name: 'Our Council', reviewAddress: '', costTier: 'central' };
    const kept = await service.importBundle({ bundle: b, replace: false });
    expect(kept.settings).toBe('kept');
    expect(kept.settingsDifferences).toEqual(['review address', 'cost limit tier']);
    expect((await service.getWorkspace()).organisation.reviewAddress).toBe('FOI Reviews, Town Hall');

    const replaced = await service.importBundle({ bundle: b, replace: true, settings: 'replace' });
    expect(replaced.settings).toBe('replaced');
    expect((await service.getWorkspace()).organisation.reviewAddress).toBe('');
  });

  it('restores a backup into a new workspace with its settings, since there is nothing to lose', async () => {
    const b = structuredClone(iopc);
    b.organisation = { ...(await service.getWorkspace()).organisation, name: 'Restored Council', reviewAddress: 'FOI Reviews, Town Hall' };
    const r = await service.importBundle({ bundle: b, replace: false });
    expect(r.settings).toBe('adopted');
    expect((await service.getWorkspace()).organisation.reviewAddress).toBe('FOI Reviews, Town Hall');
  });

  it('refuses half a surrogate pair with its JSON path instead of storing "\ufffd"', async () => {
    const b = JSON.parse(JSON.stringify(iopc).replace('"title":"', '"title":"\\ud83d'));
    const r = await dispatch(service, 'importBundle', { bundle: b });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toMatch(/cases\[0\]\.title holds a broken character.*Nothing was changed/);
    expect((await service.getWorkspace()).caseCount).toBe(0);
  });

  it('lets only one of two simultaneous imports of the same new reference win', async () => {
    const second = new DeskService(ws.path);
    try {
      const a = structuredClone(iopc);
      a.cases = [a.cases[0]];
      a.cases[0].title = 'From the first import';
      const b = structuredClone(a);
      b.cases[0].title = 'From the second import';
      const results = await Promise.allSettled([service.importBundle({ bundle: a, replace: false }), second.importBundle({ bundle: b, replace: false })]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason.code).toBe('conflict');
      const winner = results[0]!.status === 'fulfilled' ? 'From the first import' : 'From the second import';
      expect((await service.listCases({ filter: 'all', search: '' })).map((c) => c.title)).toEqual([winner]);
    } finally {
      second.close();
    }
  });

  it('names the one case whose stored row is damaged instead of failing the whole backup anonymously', async () => {
    await service.importBundle({ bundle: iopc, replace: false });
    const raw = new Database(ws.path);
    raw.prepare("UPDATE answers SET doc = '{not json' WHERE case_id = (SELECT id FROM cases WHERE ref = '5024113')").run();
    raw.close();
    const r = await dispatch(service, 'exportBundle', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Case 5024113 cannot be read: its answer text is damaged/);
  });
});
