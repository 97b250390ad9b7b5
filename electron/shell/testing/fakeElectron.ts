import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A stand-in for the 'electron' module, for testing electron/shell without Electron's binary
 * (it cannot be downloaded here, and CI has no display). Only what the shell uses, with the same
 * names and call shapes; every call is recorded so a test can read back what the shell set up.
 * Used as:
 *   vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);
 * and `resetFakeElectron()` in beforeEach. It is test code: product code never imports it.
 * Its state lives on globalThis, so a test that reloads the shell's modules (vi.resetModules, for
 * code that acts on import) still sees the same fake as the mock it installed.
 */

/** An event object as Electron passes to will-navigate and friends. */
export interface FakeNavigationEvent {
  url: string;
  isMainFrame: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function navigationEvent(url: string, isMainFrame = true): FakeNavigationEvent {
  return {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function createFakeElectron() {
  type Handler = (...args: never[]) => unknown;

  class FakeSession extends EventEmitter {
    permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null = null;
    permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details?: unknown) => boolean) | null = null;
    devicePermissionHandler: ((details: unknown) => boolean) | null = null;
    spellCheckerLanguages: string[] = [];
    /** As in Electron: on, and fetching from Google's CDN, until the app says otherwise. */
    spellCheckerEnabled = true;
    spellCheckerDictionaryDownloadURL = 'https://redirector.gvt1.com/edgedl/chrome/dict/';
    addedWords: string[] = [];
    readonly protocol = {
      handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => void this.protocol.handlers.set(scheme, handler),
    };

    constructor(readonly partition: string) {
      super();
    }
    setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
      this.permissionRequestHandler = handler;
    }
    setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
      this.permissionCheckHandler = handler;
    }
    setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
      this.devicePermissionHandler = handler;
    }
    setSpellCheckerLanguages(languages: string[]): void {
      this.spellCheckerLanguages = languages;
    }
    setSpellCheckerEnabled(enabled: boolean): void {
      this.spellCheckerEnabled = enabled;
    }
    setSpellCheckerDictionaryDownloadURL(url: string): void {
      this.spellCheckerDictionaryDownloadURL = url;
    }
    addWordToSpellCheckerDictionary(word: string): boolean {
      this.addedWords.push(word);
      return true;
    }
  }

  class FakeWebContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
    readonly sent: { channel: string; args: unknown[] }[] = [];
    readonly replacedWith: string[] = [];
    destroyed = false;
    lastPrintOptions: unknown = null;
    url = '';

    constructor(readonly session: FakeSession) {
      super();
    }
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]): void {
      this.sent.push({ channel, args });
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    replaceMisspelling(word: string): void {
      this.replacedWith.push(word);
    }
    reload(): void {}
    /** What printToPDF gets: the page the window loaded, so a test can check what was printed. */
    async printToPDF(options: unknown): Promise<Buffer> {
      this.lastPrintOptions = options;
      return Buffer.from('%PDF-1.7 fake');
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static readonly created: FakeBrowserWindow[] = [];
    readonly webContents: FakeWebContents;
    readonly loaded: string[] = [];
    visible = false;
    destroyed = false;

    constructor(readonly options: { webPreferences?: Record<string, unknown> & { session?: FakeSession } } & Record<string, unknown> = {}) {
      super();
      this.webContents = new FakeWebContents(options.webPreferences?.session ?? sessionModule.defaultSession);
      FakeBrowserWindow.created.push(this);
      // As Electron does for every new WebContents.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return FakeBrowserWindow.created.find((w) => w.webContents === contents) ?? null;
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      this.webContents.url = url;
    }
    show(): void {
      this.visible = true;
    }
    /** The title bar's words, as the shell last set them. */
    title = '';
    setTitle(title: string): void {
      this.title = title;
    }
    focus(): void {}
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
    }
  }

  class FakeMenu {
    popups = 0;
    constructor(readonly items: Record<string, unknown>[]) {}
    static buildFromTemplate(template: Record<string, unknown>[]): FakeMenu {
      const menu = new FakeMenu(template);
      menuState.built.push(menu);
      return menu;
    }
    static setApplicationMenu(menu: FakeMenu | null): void {
      menuState.applicationMenu = menu;
    }
    popup(): void {
      this.popups++;
    }
  }

  const menuState: { built: FakeMenu[]; applicationMenu: FakeMenu | null } = { built: [], applicationMenu: null };

  class FakeApp extends EventEmitter {
    name = 'Electron';
    isPackaged = false;
    singleInstance = true;
    readonly switches: [string, string | undefined][] = [];
    readonly calls: string[] = [];
    userData = '';
    private ready: () => void = () => {};
    private readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
    readonly commandLine = { appendSwitch: (name: string, value?: string) => void this.switches.push([name, value]) };

    setName(name: string): void {
      this.name = name;
    }
    setAppUserModelId(): void {}
    requestSingleInstanceLock(): boolean {
      return this.singleInstance;
    }
    whenReady(): Promise<void> {
      return this.readyPromise;
    }
    /** The test says when Electron is ready, as Electron would after startup. */
    becomeReady(): void {
      this.ready();
    }
    getPath(name: string): string {
      if (!this.userData) this.userData = mkdtempSync(path.join(tmpdir(), 'desk-fake-electron-'));
      return name === 'userData' ? this.userData : path.join(this.userData, name);
    }
    getAppPath(): string {
      return this.getPath('appPath');
    }
    getVersion(): string {
      return '0.0.0-test';
    }
    setAboutPanelOptions(): void {}
    showAboutPanel(): void {
      this.calls.push('showAboutPanel');
    }
    quit(): void {
      this.calls.push('quit');
    }
    exit(code?: number): void {
      this.calls.push(`exit ${code ?? 0}`);
    }
  }

  let app = new FakeApp();

  const sessionModule = {
    defaultSession: new FakeSession(''),
    partitions: new Map<string, FakeSession>(),
    fromPartition(partition: string): FakeSession {
      let ses = sessionModule.partitions.get(partition);
      if (!ses) sessionModule.partitions.set(partition, (ses = new FakeSession(partition)));
      return ses;
    },
  };

  const ipcMain = {
    handlers: new Map<string, Handler>(),
    handle(channel: string, handler: Handler): void {
      if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, handler);
    },
    /** Calls the handler as Electron would for a message from `event.senderFrame`. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return (handler as (...a: unknown[]) => unknown)(event, ...args);
    },
  };

  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoked: [] as { channel: string; args: unknown[] }[],
    invokeResult: undefined as unknown,
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      ipcRenderer.invoked.push({ channel, args });
      return ipcRenderer.invokeResult;
    },
  });

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, api: unknown): void {
      contextBridge.exposed.set(key, api);
    },
  };

  const protocol = {
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      protocol.handlers.set(scheme, handler);
    },
  };

  const shell = {
    opened: [] as string[],
    async openExternal(url: string): Promise<void> {
      shell.opened.push(url);
    },
  };

  const dialog = {
    shown: [] as { kind: string; options: unknown }[],
    saveResult: { canceled: true, filePath: undefined as string | undefined },
    openResult: { canceled: true, filePaths: [] as string[] },
    async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
      dialog.shown.push({ kind: 'message', options: args.at(-1) });
      return { response: 0 };
    },
    async showSaveDialog(...args: unknown[]) {
      dialog.shown.push({ kind: 'save', options: args.at(-1) });
      return dialog.saveResult;
    },
    async showOpenDialog(...args: unknown[]) {
      dialog.shown.push({ kind: 'open', options: args.at(-1) });
      return dialog.openResult;
    },
    showErrorBox(title: string, content: string): void {
      dialog.shown.push({ kind: 'error', options: { title, content } });
    },
  };

  /**
   * utilityProcess.fork starts the real service host, from source, in a forked Node child (Electron
   * runs the built dist/electron/serviceHost.mjs; the modulePath asked for is recorded). Messages
   * cross a real process boundary, so a test can kill the child as a crash would.
   */
  const SERVICE_HOST_FROM_SOURCE = new URL('../../services/host/serviceHostDev.mjs', import.meta.url);

  class FakeUtilityProcess extends EventEmitter {
    readonly child: ChildProcess;
    constructor(
      readonly modulePath: string,
      readonly options: Record<string, unknown>,
    ) {
      super();
      this.child = fork(SERVICE_HOST_FROM_SOURCE, [], { serialization: 'advanced', stdio: 'inherit' });
      this.child.on('message', (message) => this.emit('message', message));
      // Electron reports the exit code; a signal (a crash) shows as a non-zero code.
      this.child.on('exit', (code) => this.emit('exit', code ?? 1));
    }
    /**
     * Electron's postMessage is fire and forget: a message to a host that is already ending is
     * dropped, not thrown. Node's send to a child mid-exit fails later with EPIPE, so the callback
     * takes that failure as Electron would (a dropped message), not as an uncaught error.
     */
    postMessage(message: unknown): void {
      if (this.child.connected) this.child.send(message as never, () => {});
    }
    kill(): boolean {
      return this.child.kill();
    }
  }

  const utilityProcess = {
    forked: [] as FakeUtilityProcess[],
    fork(modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}): FakeUtilityProcess {
      const child = new FakeUtilityProcess(modulePath, options);
      utilityProcess.forked.push(child);
      return child;
    },
  };

  const NO_KEYCHAIN = { isEncryptionAvailable: () => false, encryptString: (): Buffer => { throw new Error('Encryption is not available.'); }, decryptString: (): string => { throw new Error('Decryption is not available.'); } };
  /** safeStorage as the shell sees it: a test sets `current` (electron/shell/testing/standInSafeStorage.ts) before the app starts. */
  const keychain: { current: unknown } = { current: null };

  /** The module as `import … from 'electron'` sees it. Getters, so a reset reaches modules already loaded. */
  const electron = {
    get app() {
      return app;
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: FakeMenu,
    session: sessionModule,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    shell,
    dialog,
    utilityProcess,
    // The keychain as "not available" unless a test gives a stand-in (fake.keychain): nothing here can keep a secret by default.
    get safeStorage() {
      return keychain.current ?? NO_KEYCHAIN;
    },
  };

  /** State of the fake, for assertions. */
  const fake = {
    get app() {
      return app;
    },
    windows: FakeBrowserWindow.created,
    menus: menuState,
    session: sessionModule,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    shell,
    dialog,
    utilityProcess,
    keychain,
  };

  function resetFakeElectron(): void {
    // Hosts left by the last test end with it (a test that wants one alive keeps its own reference).
    for (const host of utilityProcess.forked) host.kill();
    utilityProcess.forked.length = 0;
    app = new FakeApp();
    FakeBrowserWindow.created.length = 0;
    menuState.built.length = 0;
    menuState.applicationMenu = null;
    sessionModule.defaultSession = new FakeSession('');
    sessionModule.partitions.clear();
    ipcMain.handlers.clear();
    ipcRenderer.removeAllListeners();
    ipcRenderer.invoked.length = 0;
    ipcRenderer.invokeResult = undefined;
    contextBridge.exposed.clear();
    protocol.privileged.length = 0;
    protocol.handlers.clear();
    shell.opened.length = 0;
    dialog.shown.length = 0;
    dialog.saveResult = { canceled: true, filePath: undefined };
    dialog.openResult = { canceled: true, filePaths: [] };
    keychain.current = null;
  }

  return { electron, fake, resetFakeElectron, FakeSession, FakeWebContents, FakeBrowserWindow, FakeMenu };
}

type FakeElectronModule = ReturnType<typeof createFakeElectron>;
const shared: FakeElectronModule = ((globalThis as { __deskFakeElectron?: FakeElectronModule }).__deskFakeElectron ??= createFakeElectron());

export const { electron, fake, resetFakeElectron, FakeSession, FakeWebContents, FakeBrowserWindow, FakeMenu } = shared;
export type FakeSession = InstanceType<typeof FakeSession>;
export type FakeWebContents = InstanceType<typeof FakeWebContents>;
export type FakeBrowserWindow = InstanceType<typeof FakeBrowserWindow>;
export type FakeMenu = InstanceType<typeof FakeMenu>;
