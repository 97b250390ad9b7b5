// Sentence boundaries for unnumbered requests. Full stops inside "e.g.", "Mr.", "No. 5", initials and
// decimals ("£1.5 million") are not boundaries; a boundary needs whitespace and then a capital, digit or £.
const BOUNDARY = /[.?!]+["'’”)\]]*(?= ["'‘“(]?[A-Z0-9£])/g;
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'v', 'approx',
  'incl', 'inc', 'ltd', 'co', 'dept', 'govt', 'ref', 'para', 'paras', 's', 'ss', 'sec', 'cf', 'fig', 'al',
]);
const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)$/;

function isAbbreviation(text: string, dotIndex: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1];
  if (word === undefined) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(text, match.index)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}
