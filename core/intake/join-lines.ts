// PDF extraction and narrow email clients break lines mid-sentence. A broken line rejoins its predecessor with
// one space; a hyphen at the line end is only dropped when what follows is plainly the tail of a split word
// ("manage-" + "ment"). Otherwise the hyphen is kept and no space is added: "on-" + "premise" is a compound
// that happened to break at its hyphen, and "on- premise" would misquote the requester.

const WORD_TAIL =
  /^(?:ments?|tions?|sions?|ations?|isations?|izations?|ings?|ances?|ences?|ity|ities|ness|ally|ised|ized|ising|izing|able|ible|ures?|ured|ous|ious|ives?|ively|ful|less|ship|ists?|ism|ary|ory|ual|ial|ical|ically|ology|ed|ers?|ly|al)\b/;
// Long suffixes may carry a consonant or two of the stem ("investi-" + "gation"); short ones may not, or
// "police-" + "led" would become one word.
const LONG_WORD_TAIL = /^[a-z]{0,2}(?:ations?|isations?|izations?|ments?|tions?|sions?|ities|ness|ances|ences|ically|ology|ised|ized|ising|izing)\b/;
const ENDS_WITH_WORD_HYPHEN = /[A-Za-z]-$/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;

export function joinLines(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  if (ENDS_WITH_WORD_HYPHEN.test(before) && STARTS_WITH_LETTER.test(after)) {
    return WORD_TAIL.test(after) || LONG_WORD_TAIL.test(after) ? before.slice(0, -1) + after : before + after;
  }
  return `${before} ${after}`;
}

const LIST_PUNCT_END = /[;,]$/;
const ENDS_WITH_CONJUNCTION = /\b(?:and|or)$/i;

/**
 * Adds a bullet to text. The first bullet follows its lead-in with a space; later ones are separated by "; "
 * (their own trailing ";" or "," dropped, so "X;" + "Y" does not become "X;; Y"), except after a trailing
 * "and"/"or", which already reads as a join.
 */
export function appendBullet(text: string, bullet: string, continuesList: boolean): string {
  if (!continuesList) return joinLines(text, bullet);
  const trimmed = text.replace(LIST_PUNCT_END, '');
  if (trimmed === '') return bullet;
  return ENDS_WITH_CONJUNCTION.test(trimmed) ? `${trimmed} ${bullet}` : `${trimmed}; ${bullet}`;
}
