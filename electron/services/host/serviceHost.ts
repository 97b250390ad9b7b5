import { CallRegistry } from '../../../core/api/calls';
import { dispatch } from '../../../core/api/dispatch';
import { DeskError, explainSystemError } from '../../../core/api/errors';
import { DeskService } from '../deskService';
import { openTeamDeskFrom, type TeamWorkspaceToOpen } from '../openTeamDesk';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import type { FromHost, HostPort } from './hostMessages';

/** How long a workspace being left waits for its running calls before it is closed regardless. */
const RETIRE_WAIT_MS = 10_000;

/**
 * The workspace's service with the calls still running on it. Opening another workspace (or the app
 * quitting) retires it: its calls are told to stop (a long poll for changes ends at once; a write
 * in progress finishes), and it is closed only when they have ended. Closing it under them would
 * answer a save with "Cannot use a pool after calling end", or leave it waiting for ever.
 */
interface OpenWorkspace {
  service: DeskService;
  running: Set<Promise<void>>;
  leaving: AbortController;
}

function retire(open: OpenWorkspace | null, waitMs = RETIRE_WAIT_MS): Promise<void> {
  if (!open) return Promise.resolve();
  open.leaving.abort();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ended = Promise.allSettled([...open.running]);
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  return Promise.race([ended, late]).then(async () => {
    clearTimeout(timer);
    await open.service.dispose().catch((err: unknown) => console.error('The workspace left behind did not close cleanly:', err));
  });
}

const opened = (service: DeskService): OpenWorkspace => ({ service, running: new Set(), leaving: new AbortController() });

/**
 * The service host: DeskService in a process of its own, so a 50,000-case query or a month's
 * export never stops the window painting (DESIGN.md, "Storage": the store never runs on
 * Electron's main process). It answers the contract's calls through the same dispatch as every
 * other host, runs many calls at once (so `cancelCall` reaches a long one between its steps) and
 * sends progress back tagged with the request it belongs to.
 *
 * Plain Node, no 'electron': ./serviceHostEntry.ts connects it to whichever port it was started
 * with, and tests run it in a worker thread against a real workspace.
 */
export function runServiceHost(
  port: HostPort,
  options: {
    openService?: (file: string, create: boolean, printer: PdfPrinter) => DeskService;
    openTeamService?: (team: TeamWorkspaceToOpen, printer: PdfPrinter) => Promise<DeskService>;
    onClose?: () => void;
  } = {},
): { close: () => void } {
  const calls = new CallRegistry();
  const printing = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (err: Error) => void }>();
  let nextPrintId = 1;
  let current: OpenWorkspace | null = null;
  /** A team workspace being opened (over the network): calls that find no workspace yet wait for it. */
  let opening: Promise<void> | null = null;
  /** Counts the opens asked for: the last one asked for is the one left open, whichever finishes last. */
  let opensAsked = 0;

  const post = (message: FromHost) => port.postMessage(message);

  // Electron's printToPDF lives in the main process: ask the shell to print, and wait.
  const printThroughShell: PdfPrinter = {
    print: (html) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextPrintId++;
        printing.set(id, { resolve, reject });
        post({ type: 'print', id, html });
      }),
    // Nothing to wait for: the shell starts its window while this process runs the checks.
    warm: async () => post({ type: 'warm' }),
  };
  const openService = options.openService ?? ((file, create, printer) => new DeskService(file, { pdfPrinter: printer, create }));
  const openTeamService = options.openTeamService ?? ((team, printer) => openTeamDeskFrom(team, { pdfPrinter: printer }));

  function open(id: number, file: string, create: boolean): void {
    opensAsked++;
    try {
      const next = openService(file, create, printThroughShell);
      void retire(current);
      current = opened(next);
      post({ type: 'opened', id, path: next.dbPath });
    } catch (err) {
      const error = err instanceof DeskError ? err : (explainSystemError(err) ?? new DeskError('unavailable', err instanceof Error ? err.message : String(err)));
      post({ type: 'opened', id, error: error.toData() });
    }
  }

  /** As `open`, for a team's PostgreSQL: the error keeps its detail, so the shell can forget a password the server refused. */
  async function openTeam(id: number, team: TeamWorkspaceToOpen): Promise<void> {
    const asked = ++opensAsked;
    try {
      const next = await openTeamService(team, printThroughShell);
      if (asked !== opensAsked) {
        // The officer opened another workspace while this one was connecting: theirs stays open.
        await next.dispose().catch(() => undefined);
        post({ type: 'opened', id, error: { code: 'cancelled', message: `Another workspace was opened while ${team.description} was connecting, so it was not opened.` } });
        return;
      }
      void retire(current);
      current = opened(next);
      post({ type: 'opened', id, path: next.dbPath });
    } catch (err) {
      const error = err instanceof DeskError ? err : new DeskError('unavailable', `The team workspace ${team.description} could not be opened: ${err instanceof Error ? err.message : String(err)}`);
      post({ type: 'opened', id, error: error.toData() });
    }
  }

  async function call(id: number, method: unknown, input: unknown): Promise<void> {
    if (!current && opening) await opening;
    const open = current;
    if (!open) {
      post({ type: 'result', id, result: { ok: false, error: { code: 'unavailable', message: 'No workspace is open yet. Wait a moment and try again.' } } });
      return;
    }
    const running = dispatch(open.service, method, input, { calls, signal: open.leaving.signal, onProgress: (progress) => post({ type: 'progress', id, progress }) }).then((result) =>
      post({ type: 'result', id, result }),
    );
    open.running.add(running);
    await running.finally(() => open.running.delete(running));
  }

  port.on('message', (message) => {
    switch (message.type) {
      case 'open':
        open(message.id, message.file, message.create);
        break;
      case 'openTeam': {
        const done = openTeam(message.id, message.team).finally(() => {
          if (opening === done) opening = null;
        });
        opening = done;
        break;
      }
      case 'call':
        void call(message.id, message.method, message.input);
        break;
      case 'close': {
        // The app is quitting: what is running gets a moment to end, then the workspace closes cleanly.
        const leaving = current;
        current = null;
        void retire(leaving, 2_000).then(() => options.onClose?.());
        break;
      }
      case 'printed': {
        const waiting = printing.get(message.id);
        printing.delete(message.id);
        if (!waiting) break;
        if (message.pdf) waiting.resolve(message.pdf);
        else waiting.reject(DeskError.fromData(message.error));
        break;
      }
    }
  });
  post({ type: 'ready' });

  return {
    close: () => {
      void retire(current, 0);
      current = null;
    },
  };
}
