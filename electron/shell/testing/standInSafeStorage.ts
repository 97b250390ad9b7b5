import type { SafeStorageLike } from '../teamPasswords';

/** Electron's safeStorage stands in here (Electron is not installed for tests): a reversible scramble, so the clear text never reaches the file. */
export function standInSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { encrypted: number } {
  const scramble = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    encrypted: 0,
    isEncryptionAvailable: () => options.available ?? true,
    encryptString(text) {
      this.encrypted++;
      return scramble(Buffer.from(`kc:${text}`, 'utf8'));
    },
    decryptString: (bytes) => {
      const text = scramble(bytes).toString('utf8');
      if (!text.startsWith('kc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(3);
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}
