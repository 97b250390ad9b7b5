/**
 * Windows-1252 bytes 0x80-0x9F: the curly quotes, dashes, euro and ellipsis Word puts in a letter.
 * Node 20's TextDecoder('windows-1252') decodes these as Latin-1 control characters, so the table
 * is kept here. Bytes Windows leaves undefined map to the code point of the same value, as WHATWG does.
 */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b);
  return out;
}
