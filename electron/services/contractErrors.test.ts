import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallRegistry, type CallProgress } from '../../core/api/calls';
import { createDeskClient } from '../../core/api/client';
import type { DeskApiImpl } from '../../core/api/contract';
import { dispatch } from '../../core/api/dispatch';
import { deskErrorCode } from '../../core/api/errors';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// The contract's errors and long calls against a real workspace file, through the same dispatch
// and client the window uses (with a structured clone standing in for IPC and contextBridge).

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-12-23', chromiumPath: '/nowhere/chromium' });
});
afterEach(async () => {
  await service.dispose();
  ws.cleanup();
});

const windowClient = (host = {}) => createDeskClient({ invoke: async (method, input) => structuredClone(await dispatch(service, method, structuredClone(input), host)) });
const newCase = (ref: string) => ({ ref, title: `Request ${ref}`, regime: 'foia', received: '2024-12-02', requestText: '1. How many?\n2. How much?' }) as const;
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (err: unknown) => deskErrorCode(err));

describe('expected failures keep their own code from the service to the window', () => {
  it('a deleted case is case-missing, which the case screen branches on', async () => {
    const desk = windowClient();
    const c = await desk.createCase(newCase('FOI-1'));
    await desk.deleteCase({ id: c.id });
    expect(await codeOf(desk.getCase({ id: c.id }))).toBe('case-missing');
    expect(await codeOf(desk.getCaseDeadline({ id: c.id }))).toBe('case-missing');
  });

  it('no browser at the path given is browser-missing, with what to do', async () => {
    const desk = windowClient();
    const c = await desk.createCase(newCase('FOI-2'));
    const err = await desk.exportLetter({ id: c.id, format: 'pdf' }).catch((e: unknown) => e);
    expect(deskErrorCode(err)).toBe('browser-missing');
    expect((err as Error).message).toMatch(/^No browser at \/nowhere\/chromium\. Give the path/);
  });

  it('a workspace another connection is writing to is workspace-locked (a real SQLITE_BUSY)', async () => {
    const holder = new Database(ws.path);
    holder.exec('BEGIN IMMEDIATE');
    const writer = new Database(ws.path);
    writer.pragma('busy_timeout = 0');
    try {
      const writes = { addHoliday: () => writer.prepare("INSERT INTO holidays (date, name) VALUES ('2025-05-08', 'x')").run() } as unknown as DeskApiImpl;
      const result = await dispatch(writes, 'addHoliday', { date: '2025-05-08', name: 'VE Day' }, { busyRetryDelaysMs: [10, 10] });
      expect(result).toMatchObject({ ok: false, error: { code: 'workspace-locked' } });
      if (!result.ok) expect(result.error.message).not.toMatch(/^Something went wrong/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      writer.close();
    }
  });

  it('a lock that clears while waiting is retried with backoff, and the wait is reported', async () => {
    const holder = new Database(ws.path);
    holder.exec('BEGIN IMMEDIATE');
    const writer = new Database(ws.path);
    writer.pragma('busy_timeout = 0');
    const progress: string[] = [];
    try {
      setTimeout(() => holder.exec('ROLLBACK'), 150);
      const importer = {
        importBundle: () => {
          writer.prepare("INSERT INTO holidays (date, name) VALUES ('2025-05-08', 'x')").run();
          return { imported: [], replaced: [], settings: 'kept', settingsDifferences: [] };
        },
      } as unknown as DeskApiImpl;
      const result = await dispatch(importer, 'importBundle', { bundle: {}, callId: 'c1' }, {
        busyRetryDelaysMs: [100, 200, 400],
        onProgress: (p) => progress.push(p.message),
      });
      expect(result).toMatchObject({ ok: true });
      expect(progress[0]).toMatch(/^The workspace is busy: another window or program is writing to it/);
      expect(writer.prepare("SELECT count(*) AS n FROM holidays WHERE date = '2025-05-08'").get()).toEqual({ n: 1 });
    } finally {
      holder.close();
      writer.close();
    }
  });

  it('an answer with a heading is refused before anything is saved, naming where', async () => {
    const desk = windowClient();
    const c = await desk.createCase(newCase('FOI-3'));
    const err = await desk
      .saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: [], doc: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Answer' }] }] } } })
      .catch((e: unknown) => e);
    expect(deskErrorCode(err)).toBe('invalid-input');
    expect((err as Error).message).toMatch(/answer\.doc\.content\[0\]\.type: "heading" is not allowed/);
    expect((await desk.getCase({ id: c.id })).answers).toEqual([]);
  });
});

describe('long calls report progress and can be cancelled', () => {
  async function bundleOf(count: number): Promise<unknown> {
    const desk = windowClient();
    for (let i = 1; i <= count; i++) await desk.createCase(newCase(`FOI-${i}`));
    return await desk.exportBundle({});
  }

  it('an import reports counts up to the total', async () => {
    const bundle = await bundleOf(4);
    const target = tempWorkspacePath();
    const other = new DeskService(target.path);
    try {
      const seen: CallProgress[] = [];
      const result = await dispatch(other, 'importBundle', { bundle, callId: 'imp-1' }, { calls: new CallRegistry(), onProgress: (p) => seen.push(p) });
      expect(result).toMatchObject({ ok: true, value: { imported: ['FOI-1', 'FOI-2', 'FOI-3', 'FOI-4'] } });
      expect(seen[0]).toMatchObject({ callId: 'imp-1', done: 0, total: 4 });
      expect(seen.at(-1)).toMatchObject({ callId: 'imp-1', done: 4, total: 4 });
    } finally {
      other.close();
      target.cleanup();
    }
  });

  it('a cancelled import writes nothing', async () => {
    const bundle = await bundleOf(4);
    const target = tempWorkspacePath();
    const other = new DeskService(target.path);
    try {
      const calls = new CallRegistry();
      // The officer presses Cancel as soon as the first count shows.
      const onProgress = () => void dispatch(other, 'cancelCall', { callId: 'imp-2' }, { calls });
      const result = await dispatch(other, 'importBundle', { bundle, callId: 'imp-2' }, { calls, onProgress });
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      if (!result.ok) expect(result.error.message).toMatch(/nothing was written/);
      expect((await other.getWorkspace()).caseCount).toBe(0);
    } finally {
      other.close();
      target.cleanup();
    }
  });

  it('an export can be cancelled from the host (the CLI\'s Ctrl+C) without a callId', async () => {
    await bundleOf(2);
    const host = new AbortController();
    host.abort();
    expect(await dispatch(service, 'exportBundle', {}, { signal: host.signal })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
