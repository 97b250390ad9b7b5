import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeSession, FakeWebContents, navigationEvent, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const { allowExternalLinks, denyAllPermissions, restrictWebContents, secureWebPreferences } = await import('./security');

// Each block names the item of Electron's security checklist it proves
// (https://www.electronjs.org/docs/latest/tutorial/security).

beforeEach(() => resetFakeElectron());

function restricted(opensLinks: boolean): FakeWebContents {
  const contents = new FakeWebContents(new FakeSession(''));
  restrictWebContents(contents as never);
  if (opensLinks) allowExternalLinks(contents as never);
  return contents;
}

describe('secureWebPreferences', () => {
  it('#2 #3 #4 #6 #8 #9 #12: no Node, isolated, sandboxed, web security on, no webview', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
  });
});

describe('denyAllPermissions (#5)', () => {
  it('refuses every permission request, check and device', () => {
    const ses = new FakeSession('');
    denyAllPermissions(ses as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler!({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!({}, permission, 'app://desk')).toBe(false);
    }
    expect(ses.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('restrictWebContents', () => {
  it('#13: lets a page move only within app://desk', () => {
    const contents = restricted(true);
    const inside = navigationEvent('app://desk/cases/1');
    contents.emit('will-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
    for (const url of ['https://evil.example/', 'app://desk.evil/index.html', 'file:///etc/passwd', 'app://print/x']) {
      const away = navigationEvent(url);
      contents.emit('will-navigate', away);
      expect(away.defaultPrevented, url).toBe(true);
    }
  });

  it('#13: refuses redirects away, and sub-frames that load anything but our pages', () => {
    const contents = restricted(false);
    const redirect = navigationEvent('https://evil.example/');
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const frame = navigationEvent('https://evil.example/', false);
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const ownFrame = navigationEvent('app://desk/preview', false);
    contents.emit('will-frame-navigate', ownFrame);
    expect(ownFrame.defaultPrevented).toBe(false);
  });

  it('#14 #15: never opens a window; only https links leave, only from the main window, only to the browser', () => {
    const main = restricted(true);
    for (const url of ['https://ico.org.uk/', 'http://ico.org.uk/', 'file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'app://desk/index.html']) {
      expect(main.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    main.emit('will-navigate', navigationEvent('https://www.police.uk/pu/find-a-police-force/'));
    main.emit('will-navigate', navigationEvent('http://insecure.example/'));
    expect(fake.shell.opened).toEqual(['https://ico.org.uk/', 'https://www.police.uk/pu/find-a-police-force/']);

    const other = restricted(false);
    other.windowOpenHandler!({ url: 'https://ico.org.uk/other' });
    other.emit('will-navigate', navigationEvent('https://ico.org.uk/other'));
    expect(fake.shell.opened).not.toContain('https://ico.org.uk/other');
  });

  it('#11 #12: refuses to attach any webview', () => {
    const contents = restricted(false);
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, { allowpopups: true }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});
