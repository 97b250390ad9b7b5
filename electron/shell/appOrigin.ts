/**
 * Where the app's own pages live. The window loads app://desk/index.html, served by
 * ./rendererProtocol from dist/renderer; nothing else is trusted to talk to the main process.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` is on our own origin. Compared by parsed protocol and host, never by prefix:
 * `app://desk.evil/` must not pass. (URL.origin is "null" for custom schemes in Node, so it cannot
 * be used for the comparison.)
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Only https links may leave the app, and only to the officer's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
