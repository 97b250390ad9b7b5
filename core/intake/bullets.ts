// Bullets are not question numbers: they carry no number an officer could quote back. Word and PDF turn them
// into many glyphs: "•", "", "▪", "o" (Wingdings), "Ø" (Wingdings arrow), dashes and asterisks.
const BULLET = /^(?:[•·▪◦●■□➢➤►‣⁃\uF0B7\uF0A7\uF076\uF0D8] ?|[-*–—o] |Ø )/;

/** The bullet's text, or null when the line is not a bullet item. */
export function bulletText(line: string): string | null {
  const match = BULLET.exec(line);
  return match ? line.slice(match[0].length).trim() : null;
}
