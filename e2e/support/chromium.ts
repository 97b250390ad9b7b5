import { existsSync } from 'node:fs';

/** Where the system Chromium lives; DESK_CHROMIUM overrides it. */
export const CHROMIUM_PATH = process.env['DESK_CHROMIUM'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** Flags for a closed network and a root user: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Date fields follow the browser's language: UK order (dd/mm/yyyy), as in the app.
  '--lang=en-GB',
];
