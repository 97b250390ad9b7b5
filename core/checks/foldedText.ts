/**
 * Text as the personal-data checks compare it, with a map back to the original.
 *
 * Why: a name or address that looks the same to a reader must look the same to the checks. Today's
 * evasions (issue 12) are all invisible to a reader: a zero-width space or soft hyphen inside an email,
 * the name stored in NFC and typed in NFD, a Cyrillic "а" for a Latin "a", a full-width "＠". Folding
 * removes those differences; the map lets a finding cut exactly the original characters, invisible ones
 * included, so the one-click redaction still removes the whole thing.
 *
 * Case is kept: rules that must ignore case use the regex `i` flag (Unicode simple case folding), while
 * others depend on capitals ("Mr Green" is a name, "green spaces" is not). Accents are dropped, so
 * "Zoë", "Zoe" and "Zoë" in NFD compare equal: dropping an accent is as easy an evasion as any.
 */
export interface FoldedText {
  /** The folded text the patterns run on. */
  text: string;
  /** For each folded character, the original offsets of the character (cluster) it came from. */
  starts: number[];
  ends: number[];
}

/** Invisible characters a reader never sees: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Cyrillic and Greek letters that render like Latin ones in ordinary fonts (after the Unicode
 * confusables list, restricted to those that pass for a Latin letter in a name or an address).
 * Kept short on purpose: each entry is a letter an officer would read as the Latin one.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041A': 'K', '\u041C': 'M', '\u041D': 'H', '\u041E': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0405': 'S', '\u0406': 'I', '\u0408': 'J',
  '\u04AE': 'Y',
  // Cyrillic small
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0455': 's', '\u0456': 'i', '\u0458': 'j', '\u04BB': 'h', '\u0501': 'd', '\u051B': 'q', '\u051D': 'w',
  // Greek capitals
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039A': 'K',
  '\u039C': 'M', '\u039D': 'N', '\u039F': 'O', '\u03A1': 'P', '\u03A4': 'T', '\u03A5': 'Y', '\u03A7': 'X',
  // Greek small
  '\u03BF': 'o', '\u03B1': 'a', '\u03B9': 'i', '\u03BD': 'v', '\u03C1': 'p', '\u03C5': 'u',
  // Latin look-alikes outside ASCII
  '\u0131': 'i', '\u0237': 'j', '\u1D00': 'A', '\u0261': 'g',
};

const MARK = /\p{M}/u;

/** One character and the combining marks after it: NFC/NFD/NFKC must see them together. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

function foldCluster(cluster: string): string {
  let out = '';
  for (const ch of cluster.normalize('NFKC')) {
    if (INVISIBLE.test(ch)) continue;
    const mapped = CONFUSABLES[ch] ?? ch;
    // Decompose and drop the accents: "é" -> "e".
    for (const part of mapped.normalize('NFD')) if (!MARK.test(part)) out += part;
  }
  return out;
}

export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Plain ASCII (the common case) folds to itself: skip the normalisation work.
    const folded = /^[\x00-\x7F]$/.test(m[0]) ? m[0] : foldCluster(m[0]);
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** Folds a needle (a stored name, an email) the same way, for building patterns. */
export const foldNeedle = (s: string): string => foldText(s).text;

/** The original range behind folded[from, to): widened over whole clusters, so nothing half-cut. */
export function originalRange(folded: FoldedText, from: number, to: number): { from: number; to: number } {
  if (to <= from || from >= folded.starts.length) return { from: folded.starts[from] ?? 0, to: folded.starts[from] ?? 0 };
  return { from: folded.starts[from]!, to: folded.ends[Math.min(to, folded.ends.length) - 1]! };
}
