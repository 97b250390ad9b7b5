import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../core/api/errors';
import { writeFileAtomically } from '../services/atomicWrite';

/**
 * Officers' team workspace passwords, kept by the operating system's keychain through Electron's
 * safeStorage (DPAPI on Windows, the Keychain on macOS, the Secret Service or KWallet on Linux): only
 * the encrypted bytes are written, to userData/team-passwords.json, keyed by the connection's
 * description ("jo_bloggs @ db.example.gov.uk / disclosure_desk"), never its string. The password is
 * never written in the clear: where the keychain is not available it is not kept, and the officer is
 * told so and types it each time.
 *
 * safeStorage is passed in (Electron's in the app, a stand-in in tests), so this runs without Electron.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, and a key built into Chromium: as good as clear text. */
  getSelectedStorageBackend?(): string;
}

export const TEAM_PASSWORDS_FILE = 'team-passwords.json';

interface Stored {
  /** description → the encrypted password, base64. */
  passwords: Record<string, string>;
}

export class TeamPasswords {
  private readonly file: string;

  constructor(
    private readonly safeStorage: SafeStorageLike,
    userData: string,
  ) {
    this.file = path.join(userData, TEAM_PASSWORDS_FILE);
  }

  /** Why a password cannot be kept on this computer, or null when it can. */
  whyNotKept(): string | null {
    if (!this.safeStorage.isEncryptionAvailable()) {
      return "This computer's keychain is not available to Disclosure Desk, so your password was not kept: type it each time you connect (or ask IT to set up the keychain).";
    }
    if (this.safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      return 'This computer has no keyring (GNOME Keyring or KWallet) to lock your password in, so it was not kept: type it each time you connect, or ask IT to set a keyring up.';
    }
    return null;
  }

  /** Keeps the password, encrypted by the keychain; refuses, saying why, when it cannot. */
  save(key: string, password: string): void {
    const why = this.whyNotKept();
    if (why) throw new DeskError('unavailable', why);
    const stored = this.read();
    stored.passwords[key] = this.safeStorage.encryptString(password).toString('base64');
    writeFileAtomically(this.file, JSON.stringify(stored, null, 2) + '\n');
  }

  /** The kept password, or null: none kept, the keychain unavailable, or it cannot decrypt it (another user, a new keychain). */
  load(key: string): string | null {
    const encrypted = this.read().passwords[key];
    if (!encrypted || !this.safeStorage.isEncryptionAvailable()) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      return null;
    }
  }

  /** Forgets a password (the server refused it, or the officer asked). */
  forget(key: string): void {
    const stored = this.read();
    if (!(key in stored.passwords)) return;
    delete stored.passwords[key];
    writeFileAtomically(this.file, JSON.stringify(stored, null, 2) + '\n');
  }

  private read(): Stored {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { passwords?: unknown };
      const passwords = parsed.passwords && typeof parsed.passwords === 'object' ? (parsed.passwords as Record<string, unknown>) : {};
      return { passwords: Object.fromEntries(Object.entries(passwords).filter((e): e is [string, string] => typeof e[1] === 'string')) };
    } catch {
      return { passwords: {} };
    }
  }
}
