import { numberToRoman, romanToNumber } from './roman';

/**
 * The numbering family a label belongs to. Two labels are siblings when they share a family, which is how
 * "2." after "1. … a. … b." climbs back out of the lettered sub-list.
 * dot2..dot4 are the levels of decimal outlines ("1.1", "1.1.2"): each depth is its own family so that a
 * later "2." is never taken for a sibling of "1.1".
 */
export type LabelKind = 'q' | 'num' | 'lower' | 'upper' | 'roman' | 'ROMAN' | 'dot2' | 'dot3' | 'dot4';

/** The first value of each family: a list that starts here is plausible even after an unfinished line. */
export function firstValueOf(kind: LabelKind): string {
  if (kind === 'lower' || kind === 'upper') return 'a';
  if (kind === 'roman' || kind === 'ROMAN') return 'i';
  return '1';
}

/** The value just before this one in its family ('' when there is none). Values are canonical (lower case). */
export function previousValue(kind: LabelKind, value: string): string {
  if (kind === 'lower' || kind === 'upper') {
    return value === 'a' ? '' : String.fromCharCode(value.charCodeAt(0) - 1);
  }
  if (kind === 'roman' || kind === 'ROMAN') return numberToRoman(romanToNumber(value) - 1);
  const n = Number(value);
  return n > 1 ? String(n - 1) : '';
}

export function romanKindFor(kind: LabelKind): LabelKind {
  return kind === 'upper' ? 'ROMAN' : 'roman';
}
