import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { DeskError } from '../../../core/api/errors';

/**
 * A small client for the Chrome DevTools Protocol over Chromium's own pipe (--remote-debugging-pipe:
 * commands written to its fd 3, replies and events read from its fd 4, each message JSON ending in a
 * NUL byte). It is all the PDF printer needs, and it replaces playwright-core there because importing
 * playwright-core cost a CLI print 300–450 ms before Chromium was even asked to start (issue 13).
 * No port is opened: only this process can talk to the browser.
 */

type Json = Record<string, unknown>;
type EventHandler = (params: Json, sessionId: string | undefined) => void;

interface Pending {
  method: string;
  resolve: (value: Json) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface LaunchOptions {
  executablePath: string;
  args: string[];
  /** How long the browser may take to answer its first command; then the launch fails. */
  launchTimeoutMs?: number;
}

/** Why the browser cannot be used any more, for the error the next command reports. */
function gone(reason: string): DeskError {
  return new DeskError('unavailable', `The browser that prints PDFs stopped (${reason}). Try the export again; if it happens again, check that Chromium starts (chromium --version) or give another with --chromium or DESK_CHROMIUM.`);
}

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private buffered: Buffer[] = [];
  private closedReason: string | null = null;
  private readonly exited: Promise<void>;
  /** Called once when the browser goes away, whatever the cause. */
  onClose: ((reason: string) => void) | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly profileDir: string,
  ) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    input.on('error', () => undefined); // a write after the browser died: reported by 'exit' below
    output.on('data', (chunk: Buffer) => this.receive(chunk));
    this.exited = new Promise((resolve) => {
      const ended = (reason: string) => {
        this.fail(reason);
        // Whatever the browser left running (its zygote, renderers) goes with it, so nothing writes
        // into the profile while it is deleted.
        if (child.pid !== undefined && process.platform !== 'win32') {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // the group has already gone
          }
        }
        // The profile is ours alone (a fresh temporary folder per browser): nothing of it is kept.
        void rm(this.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
          .catch(() => undefined)
          .then(() => resolve());
      };
      child.once('exit', (code, signal) => ended(signal ? `ended by ${signal}` : `exit code ${String(code)}`));
      // A program that could not be started at all (no such file, not executable) sends no 'exit'.
      child.once('error', (e: NodeJS.ErrnoException) => {
        if (child.pid === undefined) ended(e.code ?? e.message);
      });
    });
  }

  /**
   * Starts the browser with a fresh temporary profile and waits until it answers on the pipe. Throws
   * DeskError('browser-missing') when the file cannot be run, with the same next step as findChromium.
   */
  static async launch(options: LaunchOptions): Promise<CdpPipe> {
    const profileDir = mkdtempSync(join(tmpdir(), 'desk-chromium-'));
    let child: ChildProcess;
    try {
      child = spawn(options.executablePath, [...options.args, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', 'about:blank'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
        // Its own process group (not on Windows, which has none), so that close() can end the
        // browser and every process it started at once. If this process dies first, the pipe closes
        // and Chromium, which treats that as its cue, quits by itself.
        detached: process.platform !== 'win32',
      });
    } catch (e) {
      rmSync(profileDir, { recursive: true, force: true });
      throw new DeskError('browser-missing', `Could not start the browser at ${options.executablePath}: ${(e as Error).message}. Give the path of Chromium, Chrome or Edge (--chromium or DESK_CHROMIUM).`);
    }
    // Chromium's own messages, kept short for an error: most of what it says on stderr is noise.
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    // Registered before the pipe's own listener, so the cause is known when the first command fails.
    let spawnError: NodeJS.ErrnoException | null = null;
    child.once('error', (e: NodeJS.ErrnoException) => (spawnError = e));
    const pipe = new CdpPipe(child, profileDir);
    try {
      // The first command answered is the sign the browser is up.
      await pipe.send('Browser.getVersion', {}, undefined, options.launchTimeoutMs ?? 30_000);
      return pipe;
    } catch (e) {
      await pipe.close();
      const failed = spawnError as NodeJS.ErrnoException | null;
      if (failed && child.pid === undefined) {
        throw new DeskError('browser-missing', `Could not start the browser at ${options.executablePath} (${failed.code ?? failed.message}). Give the path of Chromium, Chrome or Edge (--chromium or DESK_CHROMIUM).`);
      }
      const said = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
      throw new DeskError('unavailable', `The browser at ${options.executablePath} did not start: ${(e as Error).message}${said ? ` It said: ${said}` : ''}`);
    }
  }

  get closed(): boolean {
    return this.closedReason !== null;
  }

  /** The browser's process id (for the tests: a browser that dies mid-print). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The temporary profile folder, deleted when the browser has exited. */
  get profile(): string {
    return this.profileDir;
  }

  /** Sends one command (to the browser, or to a page's session) and resolves with its result. */
  send(method: string, params: Json = {}, sessionId?: string, timeoutMs = 60_000): Promise<Json> {
    if (this.closedReason !== null) return Promise.reject(gone(this.closedReason));
    const id = this.nextId++;
    return new Promise<Json>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new DeskError('unavailable', `The browser that prints PDFs did not finish ${method} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}. Try again; a very long document may need splitting.`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      (this.child.stdio[3] as Writable).write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  }

  /** Listens for an event by name; returns the function that stops listening. */
  on(event: string, handler: EventHandler): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /**
   * Ends the browser and every process it started, and deletes its profile. Killed outright rather
   * than asked to close: its profile is thrown away, so it has nothing to save, and a graceful close
   * took 0.2–0.7 s that every CLI print waited for (issue 13).
   */
  async close(): Promise<void> {
    const pid = this.child.pid;
    if (pid !== undefined && this.child.exitCode === null && this.child.signalCode === null) {
      try {
        if (process.platform === 'win32') this.child.kill();
        else process.kill(-pid, 'SIGKILL');
      } catch {
        this.child.kill('SIGKILL');
      }
    }
    await this.exited;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; start = end + 1, end = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      this.dispatch(JSON.parse(text) as Json);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(message: Json): void {
    if (typeof message['id'] === 'number') {
      const waiting = this.pending.get(message['id']);
      if (!waiting) return;
      this.pending.delete(message['id']);
      clearTimeout(waiting.timer);
      const error = message['error'] as { message?: string } | undefined;
      if (error) waiting.reject(new DeskError('unavailable', `The browser refused ${waiting.method}: ${error.message ?? 'no reason given'}. Try the export again.`));
      else waiting.resolve((message['result'] as Json) ?? {});
      return;
    }
    const method = String(message['method']);
    for (const handler of this.handlers.get(method) ?? []) handler((message['params'] as Json) ?? {}, message['sessionId'] as string | undefined);
  }

  private fail(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(gone(reason));
      this.pending.delete(id);
    }
    this.onClose?.(reason);
  }
}
