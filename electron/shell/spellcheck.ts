import type { Session } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../services/atomicWrite';

/**
 * Spelling in the editor, and the app's only network traffic.
 *
 * On Windows and Linux, Chromium's checker needs a Hunspell dictionary that Electron downloads from
 * Google's CDN the first time, for the OS language unless told otherwise. A body that promises its
 * data protection officer "nothing leaves the machine" cannot have that happen silently, so the
 * checker is off until the officer turns it on (Edit > Check Spelling, which says it downloads), and
 * the choice is remembered in this install's settings folder, not in a workspace (a shared workspace
 * must not switch network traffic on for everyone who opens it).
 *
 * On macOS the system's own checker is used and nothing is downloaded: it stays on.
 */

/** Where the choice is kept: a small file in userData, beside the remembered workspace. */
export const SPELLCHECK_FILE = 'spellcheck.json';

/**
 * Where Chromium would fetch dictionaries while the checker is off: the discard port on loopback,
 * so even a call that re-enabled the checker behind our back could not reach the internet.
 */
export const NO_DICTIONARY_URL = 'http://127.0.0.1:9/';

export function spellcheckDownloadsDictionary(): boolean {
  return process.platform !== 'darwin';
}

/** The remembered choice; anything unreadable means off, the safe answer. */
export function readSpellcheckChoice(userData: string): boolean {
  try {
    const saved = JSON.parse(readFileSync(path.join(userData, SPELLCHECK_FILE), 'utf8')) as { enabled?: unknown };
    return saved.enabled === true;
  } catch {
    return false;
  }
}

export function saveSpellcheckChoice(userData: string, enabled: boolean): void {
  writeFileAtomically(path.join(userData, SPELLCHECK_FILE), `${JSON.stringify({ enabled })}\n`);
}

/** Applies the choice to a session; called at start and whenever the officer changes it. */
export function applySpellcheck(ses: Session, enabled: boolean): void {
  if (!spellcheckDownloadsDictionary()) {
    // macOS: the system checker and languages; no download to allow or prevent.
    ses.setSpellCheckerEnabled(true);
    return;
  }
  if (!enabled) {
    ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
    ses.setSpellCheckerEnabled(false);
    return;
  }
  // Back to Electron's default source (the Chromium CDN); British spelling in the editor.
  ses.setSpellCheckerDictionaryDownloadURL('https://redirector.gvt1.com/edgedl/chrome/dict/');
  ses.setSpellCheckerEnabled(true);
  ses.setSpellCheckerLanguages(['en-GB']);
}
