import { chmodSync, closeSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DeskError } from '../../core/api/errors';

/** A temp file older than this is a leftover of a killed export even if its pid is in use again. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Replace the contents of the file the officer chose, and nothing else about it.
 *
 * The bytes go to a temp file beside the target (readable only by its owner, since an export holds
 * personal data), are flushed to disk, and are renamed over the target; the folder is flushed too, so
 * a power cut leaves the old file or the new one, never half of either. Around that:
 * - an existing target keeps its permissions (a 0600 file stays 0600);
 * - a link is written through: the file it points to is replaced and the link stays;
 * - a folder, a device or a link to either is refused with a message, never replaced;
 * - temp files that an earlier, killed export left beside the target are removed first.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const target = resolveTarget(path);
  const folder = dirname(target.path);
  removeStaleTemps(folder, basename(target.path));

  const temp = join(folder, `.${basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = openSync(temp, 'wx', 0o600);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    chmodSync(temp, target.existing ? target.existing.mode & 0o7777 : 0o666 & ~process.umask());
    renameSync(temp, target.path);
  } catch (err) {
    // A closed descriptor's number may already belong to another file: close only our own.
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  syncFolder(folder);
}

interface Target {
  /** Where the bytes really go: the path itself, or the file a link points to. */
  path: string;
  existing: Stats | null;
}

function resolveTarget(path: string): Target {
  const folder = dirname(path);
  const folderStat = statOrNull(folder);
  if (!folderStat || !folderStat.isDirectory()) {
    throw new DeskError('invalid-input', `Cannot save to ${path}: the folder ${folder} does not exist. Choose another folder.`);
  }
  // statSync follows links, so a link to a device or folder is judged by what it points to.
  const existing = statOrNull(path);
  if (!existing) return { path, existing: null };
  if (existing.isDirectory()) {
    throw new DeskError('invalid-input', `Cannot save to ${path}: it is a folder. Choose a file name inside it.`);
  }
  if (!existing.isFile()) {
    throw new DeskError('invalid-input', `Cannot save to ${path}: it is a device or special file, not an ordinary file. Choose a file name.`);
  }
  return { path: realpathSync(path), existing };
}

/** Our temp names are `.<name>.<pid>.<ms>.tmp`; anything else beside the target is not ours. */
function removeStaleTemps(folder: string, name: string): void {
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const match = /^(\d+)\.(\d+)\.tmp$/.exec(entry.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[1]);
    const full = join(folder, entry);
    const stat = statOrNull(full);
    if (!stat?.isFile()) continue;
    const old = Date.now() - stat.mtimeMs > STALE_AFTER_MS;
    if (old || !processIsAlive(pid)) rmSync(full, { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flush the rename itself; some file systems (and Windows) cannot open a folder, which is fine. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
