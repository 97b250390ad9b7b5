import { utilityProcess } from 'electron';
import type { CallProgress } from '../../core/api/calls';
import type { DispatchResult } from '../../core/api/dispatch';
import { DeskError, type DeskErrorData } from '../../core/api/errors';
import type { FromHost, ToHost } from '../services/host/hostMessages';
import type { TeamWorkspaceToOpen } from '../services/openTeamDesk';
import type { PdfPrinter } from '../services/pdf/pdfPrinter';

/**
 * The shell's end of the service host (electron/services/host): DeskService runs in an Electron
 * utility process that owns the workspace's SQLite connection, so the main process, which
 * paints the window's frame and routes its input, never waits on a query (DESIGN.md, "Storage").
 * This forwards the contract's calls and brings back their answers and progress; it prints PDFs
 * for the host, because only the main process can drive Electron's Chromium.
 *
 * If the host dies (a native crash in SQLite, out of memory), the calls it was running fail with
 * a message that says so, and a new host opens the same workspace. Three deaths in a minute is a
 * fault a restart will not mend: from then on every call says to restart the app.
 */

/** What the shell needs of a child process: Electron's UtilityProcess has exactly this shape. */
export interface HostChild {
  postMessage(message: ToHost): void;
  on(event: 'message', listener: (message: FromHost) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export const HOST_STOPPED =
  'The part of Disclosure Desk that reads and writes your workspace stopped unexpectedly, so this was not done. It has been started again with the same workspace: try again. A change you were making when it stopped may need to be made again.';
export const HOST_GAVE_UP =
  'The part of Disclosure Desk that reads and writes your workspace keeps stopping, so it has not been started again. Close Disclosure Desk and open it again; if this keeps happening, report it.';

const RESTARTS_ALLOWED = 3;
const RESTART_WINDOW_MS = 60_000;

export class ServiceHostProcess {
  private child: HostChild | null = null;
  private ready = false;
  private queue: ToHost[] = [];
  private nextId = 1;
  private readonly calls = new Map<number, { resolve: (r: DispatchResult) => void; onProgress: (p: CallProgress) => void }>();
  private readonly opens = new Map<number, (answer: { path?: string; error?: DeskErrorData }) => void>();
  /**
   * What a new host opens after a crash: the file, or the team workspace (its password kept in this
   * process's memory only, as it was when the officer connected, so a crash does not ask for it again).
   */
  private reopen: ((id: number) => ToHost) | null = null;
  private deaths: number[] = [];
  private gaveUp = false;
  private closing = false;

  constructor(
    private readonly startChild: () => HostChild,
    private readonly printer: PdfPrinter,
    private readonly now: () => number = Date.now,
  ) {
    this.spawn();
  }

  /** The app's host: the built entry, dist/electron/serviceHost.mjs, in a utility process. */
  static fork(modulePath: string, printer: PdfPrinter): ServiceHostProcess {
    return new ServiceHostProcess(() => utilityProcess.fork(modulePath, [], { serviceName: 'Disclosure Desk workspace', stdio: 'inherit' }) as unknown as HostChild, printer);
  }

  /** Opens a workspace file in the host; the one open before stays open if this one fails. */
  open(file: string, create: boolean): Promise<{ path: string } | { error: DeskErrorData }> {
    if (this.gaveUp) return Promise.resolve({ error: { code: 'unavailable', message: HOST_GAVE_UP } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.opens.set(id, (answer) => {
        if (answer.path !== undefined) {
          const opened = answer.path;
          this.reopen = (next) => ({ type: 'open', id: next, file: opened, create: false });
          resolve({ path: answer.path });
        } else resolve({ error: answer.error ?? { code: 'unavailable', message: HOST_STOPPED } });
      });
      this.send({ type: 'open', id, file, create });
    });
  }

  /**
   * Opens a team workspace (PostgreSQL) in the host; as for a file, the one open before stays open
   * if this one fails. The error keeps its detail (a refused password is marked: ./teamConnect.ts).
   */
  openTeam(team: TeamWorkspaceToOpen): Promise<{ path: string } | { error: DeskErrorData }> {
    if (this.gaveUp) return Promise.resolve({ error: { code: 'unavailable', message: HOST_GAVE_UP } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.opens.set(id, (answer) => {
        if (answer.path !== undefined) {
          this.reopen = (next) => ({ type: 'openTeam', id: next, team });
          resolve({ path: answer.path });
        } else resolve({ error: answer.error ?? { code: 'unavailable', message: HOST_STOPPED } });
      });
      this.send({ type: 'openTeam', id, team });
    });
  }

  /** One contract call, answered as dispatch answers: never throws. */
  call(method: unknown, input: unknown, onProgress: (progress: CallProgress) => void = () => {}): Promise<DispatchResult> {
    if (this.gaveUp) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: HOST_GAVE_UP } });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.calls.set(id, { resolve, onProgress });
      this.send({ type: 'call', id, method, input });
    });
  }

  /** The app is quitting: the host closes the workspace cleanly and ends. */
  close(): void {
    this.closing = true;
    this.child?.postMessage({ type: 'close' });
  }

  private send(message: ToHost): void {
    if (this.ready && this.child) this.child.postMessage(message);
    else this.queue.push(message);
  }

  private spawn(): void {
    const child = this.startChild();
    this.child = child;
    this.ready = false;
    child.on('message', (message) => this.receive(child, message));
    child.on('exit', (code) => this.died(child, code));
  }

  private receive(child: HostChild, message: FromHost): void {
    if (child !== this.child) return;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.queue;
        this.queue = [];
        for (const m of queued) child.postMessage(m);
        break;
      }
      case 'opened':
        this.opens.get(message.id)?.(message);
        this.opens.delete(message.id);
        break;
      case 'result':
        this.calls.get(message.id)?.resolve(message.result);
        this.calls.delete(message.id);
        break;
      case 'progress':
        this.calls.get(message.id)?.onProgress(message.progress);
        break;
      case 'print':
        void this.print(child, message.id, message.html);
        break;
      case 'warm':
        // warm() never rejects (pdfPrinter.ts); a window that fails to start shows at the print.
        void this.printer.warm?.();
        break;
    }
  }

  private async print(child: HostChild, id: number, html: string): Promise<void> {
    try {
      const pdf = await this.printer.print(html);
      child.postMessage({ type: 'printed', id, pdf });
    } catch (err) {
      const error = err instanceof DeskError ? err.toData() : { code: 'internal' as const, message: `The PDF could not be printed (${err instanceof Error ? err.message : String(err)}). Try again, or export DOCX instead.` };
      child.postMessage({ type: 'printed', id, error });
    }
  }

  private died(child: HostChild, code: number): void {
    if (child !== this.child) return;
    this.child = null;
    this.ready = false;
    if (this.closing) return;
    const at = this.now();
    this.deaths = [...this.deaths.filter((t) => at - t < RESTART_WINDOW_MS), at];
    this.gaveUp = this.deaths.length > RESTARTS_ALLOWED;
    const message = this.gaveUp ? HOST_GAVE_UP : HOST_STOPPED;
    console.error(`The service host ended with code ${code}.`);
    // What was in flight is lost with the process: say so to whoever is waiting.
    for (const { resolve } of this.calls.values()) resolve({ ok: false, error: { code: 'unavailable', message } });
    this.calls.clear();
    for (const answer of this.opens.values()) answer({ error: { code: 'unavailable', message } });
    this.opens.clear();
    this.queue = [];
    if (this.gaveUp) return;
    this.spawn();
    // The new host reopens the same workspace before anything else it is sent.
    if (this.reopen) {
      const id = this.nextId++;
      this.opens.set(id, () => undefined);
      this.send(this.reopen(id));
    }
  }
}
