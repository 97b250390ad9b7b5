import { DeskError, formatIssuePath } from '../api/errors';

/**
 * Reading a bundle file's bytes into JSON, strictly: Windows tools (Notepad, PowerShell's
 * Out-File) start UTF-8 files with a byte order mark, which is accepted; bytes that are not UTF-8 are
 * refused rather than silently turned into "�", so nothing an officer wrote is changed on the way in.
 */
export function parseBundleText(bytes: Uint8Array | string, name: string): unknown {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new DeskError('invalid-input', `${name} is not UTF-8 text. Save it again as UTF-8 (any JSON editor can) and import it again. Nothing was changed.`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DeskError('invalid-input', `${name} could not be read as JSON: ${(err as Error).message}. Nothing was changed.`);
  }
}

/**
 * The JSON path of the first string holding half a UTF-16 surrogate pair (a JSON "\ud800" escape on
 * its own), or null. SQLite would store such a string as "�": the import refuses it instead.
 */
export function findLoneSurrogate(value: unknown, path: PropertyKey[] = []): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? formatIssuePath(path) : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = hasLoneSurrogate(key) ? formatIssuePath([...path, key]) : findLoneSurrogate(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function hasLoneSurrogate(s: string): boolean {
  // A high surrogate not followed by a low one, or a low one not preceded by a high one.
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
