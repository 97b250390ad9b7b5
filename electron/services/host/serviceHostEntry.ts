import { parentPort } from 'node:worker_threads';
import type { FromHost, HostPort, ToHost } from './hostMessages';
import { runServiceHost } from './serviceHost';

/**
 * The service host's process entry, built to dist/electron/serviceHost.mjs and started by the
 * shell with Electron's utilityProcess.fork (electron/shell/serviceHostProcess.ts). It also runs
 * as a worker thread or a forked Node child, so tests need no Electron: whichever channel to its
 * parent it finds, it speaks the same messages (./hostMessages.ts).
 */

/** Electron's utility process: `process.parentPort`, whose events wrap the message in `data`. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function findParentPort(): HostPort | null {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      postMessage: (message) => electronPort.postMessage(message),
      on: (_event, listener) => electronPort.on('message', (event) => listener(event.data as ToHost)),
    };
  }
  if (parentPort) {
    const port = parentPort;
    return { postMessage: (message: FromHost) => port.postMessage(message), on: (_event, listener) => port.on('message', listener) };
  }
  const send = process.send?.bind(process);
  if (send) {
    return {
      // A forked child's channel speaks JSON unless forked with serialization: 'advanced'.
      postMessage: (message) => send(message),
      on: (_event, listener) => process.on('message', (message) => listener(message as ToHost)),
    };
  }
  return null;
}

const port = findParentPort();
if (!port) {
  console.error('The Disclosure Desk service host is started by the app, not on its own.');
  process.exitCode = 2;
} else {
  runServiceHost(port, { onClose: () => process.exit(0) });
}
