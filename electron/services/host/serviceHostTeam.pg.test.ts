import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../../core/api/dispatch';
import { checkTeamConnection, describeTeamConnection } from '../../../core/team/teamConnection';
import type { TeamWorkspaceToOpen } from '../openTeamDesk';
import { JO_PASSWORD, teamWithPasswordsForThisFile } from '../pg/testing/teamWithPasswords';
import { teamPoolConfig } from '../pg/teamPoolConfig';
import { tempWorkspacePath } from '../testing/testWorkspace';
import type { FromHost, ToHost } from './hostMessages';

// The service host (the real module, in a worker thread, as serviceHost.test.ts runs it) opening a
// team workspace on a real PostgreSQL that asks for passwords: the message the app's main process
// sends (plain pool settings and the password, once), the calls then answered by DeskService over
// PostgreSQL as the officer's own login, and a refused password coming back marked, with the
// workspace open before still open.
const HOST_SCRIPT = new URL('./serviceHostDev.mjs', import.meta.url);
const server = teamWithPasswordsForThisFile();
const { asAdmin } = server;

/** What electron/shell/teamConnect.ts hands the host for jo on this server (loopback: no TLS to check). */
function team(password: string | null): TeamWorkspaceToOpen {
  const settings = checkTeamConnection({ host: '127.0.0.1', port: server.cluster.port, database: 'disclosure_desk', user: 'jo' });
  return { settings, description: describeTeamConnection(settings), poolConfig: teamPoolConfig(settings, { env: {} }), password };
}

let worker: Worker;
let nextId = 1;
const waiting = new Map<number, (message: FromHost) => void>();
let ws: ReturnType<typeof tempWorkspacePath>;

function request<T extends FromHost>(build: (id: number) => ToHost): Promise<T> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, (m) => resolve(m as T));
    worker.postMessage(build(id));
  });
}
const openTeam = (t: TeamWorkspaceToOpen) => request<Extract<FromHost, { type: 'opened' }>>((id) => ({ type: 'openTeam', id, team: t }));
const openFile = (file: string) => request<Extract<FromHost, { type: 'opened' }>>((id) => ({ type: 'open', id, file, create: true }));
const call = async (method: string, input: unknown = {}) => (await request<Extract<FromHost, { type: 'result' }>>((id) => ({ type: 'call', id, method, input }))).result as DispatchResult & { value?: never };

beforeEach(async () => {
  ws = tempWorkspacePath();
  // Without PGPASSWORD, so a missing password is missing (a worker's env turns undefined into the text "undefined").
  const { PGPASSWORD: _ignored, ...env } = process.env;
  worker = new Worker(HOST_SCRIPT, { env });
  let readied = () => {};
  const ready = new Promise<void>((resolve) => (readied = resolve));
  worker.on('message', (message: FromHost) => {
    if (message.type === 'ready') readied();
    else if ('id' in message) waiting.get(message.id)?.(message);
  });
  await ready;
});

afterEach(async () => {
  await worker.terminate();
  ws.cleanup();
});

describe('the service host opening a team workspace', () => {
  it('replaces the workspace file with the team workspace, answering as the officer\'s own login', async () => {
    expect(await openFile(ws.path)).toMatchObject({ path: ws.path });
    expect(await call('createCase', { ref: 'FILE-1', title: 'In the file', regime: 'foia', received: '2024-12-02', requestText: '1. How many?' })).toMatchObject({ ok: true });

    const jo = team(JO_PASSWORD);
    expect(await openTeam(jo)).toEqual({ type: 'opened', id: expect.any(Number), path: `jo @ 127.0.0.1:${server.cluster.port} / disclosure_desk` });
    expect(await call('getWorkspace')).toMatchObject({ ok: true, value: { path: jo.description, caseCount: 0 } });
    const created = await call('createCase', { ref: 'FOI-T-1', title: 'Team case', regime: 'foia', received: '2024-12-02', requestText: '1. How many?' });
    expect(created).toMatchObject({ ok: true, value: { ref: 'FOI-T-1' } });

    // It is in PostgreSQL, written by jo's own login (the audit trail names the server's user).
    const stored = await asAdmin(async (db) => (await db.query<{ ref: string }>('SELECT ref FROM cases')).rows.map((r) => r.ref));
    expect(stored).toEqual(['FOI-T-1']);
    const who = await asAdmin(async (db) => (await db.query<{ who: string }>('SELECT DISTINCT who FROM desk_audit')).rows.map((r) => r.who));
    expect(who).toEqual(['jo']);

    // A workspace file opens in its place again (File › Open Workspace…).
    expect(await openFile(ws.path)).toMatchObject({ path: ws.path });
    expect(await call('getWorkspace')).toMatchObject({ ok: true, value: { path: ws.path, caseCount: 1 } });
  });

  it('sends back a refused password marked as such, and keeps the workspace open before', async () => {
    await openFile(ws.path);
    const refused = await openTeam(team('last year'));
    expect(refused.path).toBeUndefined();
    expect(refused.error).toEqual({
      code: 'unavailable',
      message: expect.stringMatching(/^The server refused the password for jo @ 127\.0\.0\.1:\d+ \/ disclosure_desk\. Check it/),
      detail: { reason: 'wrong-password' },
    });
    expect(JSON.stringify(refused)).not.toContain('last year');
    expect(await call('getWorkspace')).toMatchObject({ ok: true, value: { path: ws.path } });

    // No password, and none in PGPASSWORD or ~/.pgpass: it says where to put one.
    const none = await openTeam(team(null));
    expect(none.error?.message).toMatch(/asks for jo's password and none was given/);
  });

  it('holds the calls sent while the team workspace is opening until it is open', async () => {
    const id = nextId++;
    const opened = new Promise<FromHost>((resolve) => waiting.set(id, resolve));
    worker.postMessage({ type: 'openTeam', id, team: team(JO_PASSWORD) } satisfies ToHost);
    // Sent at once, before the host has heard back from the server: answered from the team workspace, not refused.
    const answered = call('getWorkspace');
    expect(await answered).toMatchObject({ ok: true, value: { path: team(JO_PASSWORD).description } });
    expect(await opened).toMatchObject({ path: team(JO_PASSWORD).description });
  });

  it('keeps the workspace opened last when a file is opened while the team workspace is still connecting', async () => {
    await openFile(ws.path);
    const connecting = openTeam(team(JO_PASSWORD));
    const reopened = openFile(ws.path);
    expect(await reopened).toMatchObject({ path: ws.path });
    expect(await connecting).toMatchObject({ error: { code: 'cancelled', message: expect.stringMatching(/Another workspace was opened while jo @ .* was connecting/) } });
    expect(await call('getWorkspace')).toMatchObject({ ok: true, value: { path: ws.path } });
  });

  it('a file opened while calls run on the team workspace lets them finish: none fails, none is left waiting', async () => {
    const jo = team(JO_PASSWORD);
    await openTeam(jo);
    expect(await call('createCase', { ref: 'FOI-T-2', title: 'Team case', regime: 'foia', received: '2024-12-02', requestText: '1. How many?' })).toMatchObject({ ok: true });
    // A window's long poll for changes, and reads still on their way, as File › Open Workspace… is chosen.
    const now = await call('waitForChanges', { timeoutMs: 25_000 });
    expect(now).toMatchObject({ ok: true, value: { cursor: expect.any(Number) } });
    const polling = call('waitForChanges', { after: (now as unknown as { value: { cursor: number } }).value.cursor, timeoutMs: 25_000, callId: 'live-1' });
    const reads = Array.from({ length: 12 }, () => call('getWorkspace'));
    const switched = openFile(ws.path);
    const started = Date.now();
    const answers = await Promise.all(reads);
    // Each read answers from the workspace it reached: the team's, or the file once it is open. None is a fault.
    for (const answer of answers) expect(answer).toMatchObject({ ok: true, value: { path: expect.stringMatching(/disclosure_desk|\.sqlite$/) } });
    expect(await switched).toMatchObject({ path: ws.path });
    // The long poll ends when its workspace is left, not 25 seconds later.
    expect(await polling).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await call('getWorkspace')).toMatchObject({ ok: true, value: { path: ws.path } });
  });
});
