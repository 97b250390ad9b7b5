import { fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallProgress } from '../../../core/api/calls';
import { dispatch, type DispatchResult } from '../../../core/api/dispatch';
import { DeskService } from '../deskService';
import { tempWorkspacePath } from '../testing/testWorkspace';
import type { FromHost, ToHost } from './hostMessages';

// The service host in a real worker thread (and a real forked child) over a real workspace file:
// calls, errors with their codes, progress, cancel, opening another file, and printing through
// the parent, all as messages, exactly as the app's shell exchanges them with the utility process.

const HOST_SCRIPT = new URL('./serviceHostDev.mjs', import.meta.url);

/** The parent's side of the channel, as the shell holds it. */
class Parent {
  readonly progress: { id: number; progress: CallProgress }[] = [];
  private readonly waiting = new Map<number, (message: FromHost) => void>();
  private nextId = 1;
  readonly ready: Promise<void>;
  onPrint: (html: string) => Uint8Array = () => new Uint8Array();
  /** How many times the host asked to start the printer ahead of a print. */
  warmed = 0;
  onProgress: (id: number, progress: CallProgress) => void = () => {};

  constructor(private readonly send: (message: ToHost) => void, listen: (listener: (message: FromHost) => void) => void) {
    let readied = () => {};
    this.ready = new Promise((resolve) => (readied = resolve));
    listen((message) => {
      if (message.type === 'ready') readied();
      else if (message.type === 'progress') {
        this.progress.push({ id: message.id, progress: message.progress });
        this.onProgress(message.id, message.progress);
      } else if (message.type === 'print') this.send({ type: 'printed', id: message.id, pdf: this.onPrint(message.html) });
      else if (message.type === 'warm') this.warmed++;
      else this.waiting.get(message.id)?.(message);
    });
  }

  private request<T extends FromHost>(build: (id: number) => ToHost): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => resolve(m as T));
      this.send(build(id));
    });
  }

  open(file: string, create = true) {
    return this.request<Extract<FromHost, { type: 'opened' }>>((id) => ({ type: 'open', id, file, create }));
  }

  /** Resolves with the DispatchResult and the request's id (progress is tagged with it). */
  async call(method: string, input: unknown, onSent?: (id: number) => void): Promise<DispatchResult> {
    const message = await this.request<Extract<FromHost, { type: 'result' }>>((id) => {
      onSent?.(id);
      return { type: 'call', id, method, input };
    });
    return message.result;
  }
}

const newCase = (ref: string) => ({ ref, title: `Request ${ref}`, regime: 'foia', received: '2024-12-02', requestText: '1. How many?\n2. How much?' });

let ws: ReturnType<typeof tempWorkspacePath>;
let worker: Worker;
let parent: Parent;

beforeEach(async () => {
  ws = tempWorkspacePath();
  worker = new Worker(HOST_SCRIPT);
  parent = new Parent((m) => worker.postMessage(m), (listener) => worker.on('message', listener));
  await parent.ready;
});
afterEach(async () => {
  await worker.terminate();
  ws.cleanup();
});

describe('the service host in a worker thread', () => {
  it('opens a workspace and answers the contract through dispatch, errors keeping their codes', async () => {
    expect(await parent.open(ws.path)).toEqual({ type: 'opened', id: 1, path: ws.path });
    const created = await parent.call('createCase', newCase('FOI-1'));
    expect(created).toMatchObject({ ok: true, value: { ref: 'FOI-1' } });
    expect(await parent.call('getWorkspace', {})).toMatchObject({ ok: true, value: { path: ws.path, caseCount: 1 } });
    // The store's own failures, validation's and an unknown method's, each with its code.
    expect(await parent.call('createCase', newCase('FOI-1'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await parent.call('getCase', { id: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'case-missing' } });
    expect(await parent.call('getWorkspace', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await parent.call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // What the host wrote is in the file: another connection reads it.
    const reader = new DeskService(ws.path, { create: false });
    try {
      expect((await reader.getWorkspace()).caseCount).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('refuses calls before a workspace is open, and a missing file keeps the open one', async () => {
    expect(await parent.call('getWorkspace', {})).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/No workspace is open/) } });
    await parent.open(ws.path);
    const missing = `${ws.dir}/moved.sqlite`;
    const failed = await parent.open(missing, false);
    expect(failed.error).toMatchObject({ code: expect.any(String), message: expect.stringContaining('moved.sqlite') });
    expect(await parent.call('getWorkspace', {})).toMatchObject({ ok: true, value: { path: ws.path } });
    // …and a new file opens in its place (File > New Workspace…).
    const other = `${ws.dir}/other.sqlite`;
    expect(await parent.open(other, true)).toMatchObject({ path: other });
    expect(await parent.call('getWorkspace', {})).toMatchObject({ ok: true, value: { path: other, caseCount: 0 } });
  });

  it('sends a long call\'s progress tagged with its request, and cancelCall stops it with nothing written', async () => {
    // A bundle big enough that the import is still reading when the cancel arrives.
    const source = tempWorkspacePath();
    const maker = new DeskService(source.path);
    let bundle: unknown;
    try {
      for (let i = 1; i <= 400; i++) await dispatch(maker, 'createCase', newCase(`FOI-${i}`));
      const exported = await dispatch(maker, 'exportBundle', {});
      if (!exported.ok) throw new Error(exported.error.message);
      bundle = exported.value;
    } finally {
      maker.close();
      source.cleanup();
    }
    await parent.open(ws.path);

    // The officer presses Cancel as soon as the first count shows.
    let importId = -1;
    let cancelled: Promise<DispatchResult> | null = null;
    parent.onProgress = (id) => {
      if (id === importId && !cancelled) cancelled = parent.call('cancelCall', { callId: 'imp-1' });
    };
    const result = await parent.call('importBundle', { bundle, callId: 'imp-1' }, (id) => (importId = id));
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringMatching(/nothing was written/) } });
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(parent.progress[0]).toEqual({ id: importId, progress: { callId: 'imp-1', done: 0, total: 400, message: 'Reading case 1 of 400' } });
    expect(await parent.call('getWorkspace', {})).toMatchObject({ ok: true, value: { caseCount: 0 } });

    // Not cancelled, the same import finishes and its last count is the total.
    parent.onProgress = () => {};
    const done = await parent.call('importBundle', { bundle, callId: 'imp-2' });
    expect(done).toMatchObject({ ok: true });
    expect(parent.progress.at(-1)?.progress).toMatchObject({ callId: 'imp-2', done: 400, total: 400 });
  });

  it('asks the parent to print PDFs, which only Electron\'s main process can do', async () => {
    await parent.open(ws.path);
    const printed: string[] = [];
    // Not a real PDF: this checks the bytes come back through the host unchanged.
    const bytes = new TextEncoder().encode('%PDF-1.7 printed by the parent');
    parent.onPrint = (html) => (printed.push(html), bytes);
    const created = await parent.call('createCase', newCase('FOI-7'));
    const id = created.ok ? (created.value as { id: string }).id : '';
    const result = await parent.call('exportLetter', { id, format: 'pdf' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/<html/i);
    expect(printed[0]).toContain('FOI-7');
    const { base64 } = (result as { value: { base64: string } }).value;
    expect(Buffer.from(base64, 'base64').toString()).toBe('%PDF-1.7 printed by the parent');
  });

  it("asks the parent to warm its printer for a letter's PDF, and never for the log's, which needs no browser", async () => {
    await parent.open(ws.path);
    parent.onPrint = () => new TextEncoder().encode('%PDF-1.7 printed by the parent');
    // The month is empty, so these exports stop at their checks; neither needs the parent's printer.
    expect(await parent.call('exportLog', { month: '2024-05', format: 'docx' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await parent.call('exportLog', { month: '2024-05', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(parent.warmed).toBe(0);
    const created = await parent.call('createCase', newCase('FOI-8'));
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await parent.call('exportLetter', { id, format: 'pdf', draft: true })).toMatchObject({ ok: true });
    expect(parent.warmed).toBe(1);
  });
});

describe('the service host in a forked Node child', () => {
  it('answers over process.send as it does in a worker', async () => {
    const child = fork(HOST_SCRIPT, [], { serialization: 'advanced', stdio: 'inherit' });
    try {
      const forked = new Parent((m) => child.send(m), (listener) => child.on('message', (m) => listener(m as FromHost)));
      await forked.ready;
      await forked.open(ws.path);
      expect(await forked.call('createCase', newCase('FOI-9'))).toMatchObject({ ok: true, value: { ref: 'FOI-9' } });
      expect(await forked.call('createCase', newCase('FOI-9'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
      // 'close' closes the workspace and ends the process.
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.send({ type: 'close' } satisfies ToHost);
      expect(await exited).toBe(0);
    } finally {
      child.kill();
    }
  });
});
