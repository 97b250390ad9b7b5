// Pastes an officer could plausibly make, scaled to 1 MB, plus hostile text that defeats naive patterns
// (catastrophic backtracking, quadratic joining). Shared by the unit tests, which check the split
// survives them, and `npm run bench`, which times them.

export const MEGABYTE = 1_048_576;

/** `unit` repeated to exactly `size` characters. */
export function sized(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A 60-question request: 12 numbered sections of four lettered questions, each wrapped over two lines. */
export function sixtyQuestionRequest(): string {
  const sections: string[] = ['Dear FOI Team,', '', 'Please provide the following information:', ''];
  for (let s = 1; s <= 12; s += 1) {
    sections.push(`${s}. Section ${s} heading`);
    for (const letter of ['a', 'b', 'c', 'd']) {
      sections.push(`${letter}. How many requests about topic ${s}${letter} did you receive in each of the years 2021, 2022`);
      sections.push('and 2023, and how many were answered within 20 working days?');
    }
  }
  sections.push('', 'I would like to receive the information electronically.', '', 'Kind regards,', 'Jane Smith');
  return sections.join('\n');
}

export function hugePastes(): Array<[name: string, text: string]> {
  return [
    ['a request repeated to 1 MB', sized(`${sixtyQuestionRequest()}\n`, MEGABYTE)],
    ['a double-spaced PDF extract of 1 MB', sized('1. How many complaints about the conduct of officers \n\nwere received in 2023? \n\n', MEGABYTE)],
    ['one 1 MB line of prose', sized('How many staff were employed in 2023? Please break this down by grade. ', MEGABYTE)],
    ['1 MB of dotted numbers', sized('1.1.1.1.1.', MEGABYTE)],
    ['1 MB of hyphenated line ends', sized('manage-\n', MEGABYTE)],
    ['1 MB of punctuation', sized('....????!!!!((((]]]]:::;;;---   ', MEGABYTE)],
    ['1 MB without whitespace', sized('abc', MEGABYTE)],
  ];
}

/** A label or a bullet on every line: one question per line, 150,000 to 280,000 of them in 1 MB. */
export const DENSE_LISTS: Array<[name: string, unit: string]> = [
  ['a label on every line', '1.\na)\n(ii)\nQ1:\n'],
  ['a bullet on every line', '• item\n'],
];
