import { shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './appOrigin';

/**
 * Every security default of the shell in one place, each block naming the item of Electron's
 * security checklist (https://www.electronjs.org/docs/latest/tutorial/security) it implements.
 * Items #1 (only load secure content) and #18 (avoid file://, prefer custom protocols) are met by
 * serving the renderer over app:// (./rendererProtocol); #16 (current Electron) by package.json;
 * #19 (fuses) by electron-builder.yml.
 */

/** webPreferences for any window that shows our own pages. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    // #2 "Do not enable Node.js integration for remote content" (for any content, in fact).
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // #3 "Enable Context Isolation": the preload's world stays apart from the page's.
    contextIsolation: true,
    // #4 "Enable process sandboxing": which is why the preload is bundled into one file.
    sandbox: true,
    // #6 "Do not disable webSecurity".
    webSecurity: true,
    // #8 "Do not enable allowRunningInsecureContent".
    allowRunningInsecureContent: false,
    // #9 "Do not enable experimental features" and #10 "Do not use enableBlinkFeatures".
    experimentalFeatures: false,
    // #12 "Verify WebView options before creation": no <webview> at all (see also below).
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** #5 "Handle session permission requests from remote content": the desk needs none, so all are refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Contents allowed to hand https links to the officer's browser: only the main window. */
const linkOpeners = new WeakSet<WebContents>();

export function allowExternalLinks(contents: WebContents): void {
  linkOpeners.add(contents);
}

function openExternallyIfAllowed(contents: WebContents, url: string): void {
  // #15 "Do not use shell.openExternal with untrusted content": https only, nothing else
  // (no file:, smb:, mailto: or custom handlers that could run programs).
  if (linkOpeners.has(contents) && isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Applied to every WebContents the app ever creates (app 'web-contents-created'). */
export function restrictWebContents(contents: WebContents): void {
  // #13 "Disable or limit navigation": a page may only move within app://desk.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternallyIfAllowed(contents, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });

  // #14 "Disable or limit creation of new windows": never; https links go to the browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfAllowed(contents, url);
    return { action: 'deny' };
  });

  // #11 "Do not use allowpopups for WebViews" and #12 "Verify WebView options before creation":
  // no webview may be attached, whatever its options.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
