// Word splitting shared by the index and the query, so both sides see the same words.

/** Lower-case words of letters and digits; "s.31(1)(a)" gives "s", "31", "1", "a". */
export function textTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9£]+/)
    .filter((token) => token !== '');
}
