// Only i, v and x: requests never run sub-lists long enough to need l or c, and allowing them would turn
// ordinary letters ("c.", "d.", "l.") into numerals.
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };

export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && ROMAN.test(text.toLowerCase());
}

export function romanToNumber(text: string): number {
  const lower = text.toLowerCase();
  let total = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const value = VALUES[lower.charAt(i)] ?? 0;
    const next = VALUES[lower.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function numberToRoman(value: number): string {
  if (value <= 0) return '';
  const parts: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let out = '';
  for (const [size, glyph] of parts) {
    while (rest >= size) {
      out += glyph;
      rest -= size;
    }
  }
  return out;
}
