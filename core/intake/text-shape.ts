// Small judgements about a line's shape that several rules share.

/** Ends like a finished sentence or a lead-in, so the next line starts something new. */
export function endsFinished(text: string): boolean {
  return /[.?!:;)]["'”’]?$/.test(text);
}

export function startsLowerCase(text: string): boolean {
  return /^[a-z]/.test(text);
}

export function startsUpperCase(text: string): boolean {
  return /^["'“‘(]?[A-Z0-9£]/.test(text);
}

export function wordCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 32) count += 1;
  return count;
}

/** A short unpunctuated line such as "Staffing" or "FOI request – parking": a title, not a sentence. */
const TITLE_MAX_LENGTH = 120;

export function looksLikeTitle(text: string): boolean {
  return text !== '' && text.length <= TITLE_MAX_LENGTH && !/[.?!,;:]$/.test(text) && wordCount(text) <= 8;
}

// A line ending in an article or preposition was cut mid-phrase by the PDF ("…sent by" + "J. Smith…").
const ENDS_MID_PHRASE = /\b(?:a|an|the|of|and|or|as|to|for|in|on|at|by|with|from|per|than|that)$/i;

export function endsMidPhrase(text: string): boolean {
  return ENDS_MID_PHRASE.test(text);
}
