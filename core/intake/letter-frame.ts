import { parseLabel } from './parse-label';
import { endsFinished, endsMidPhrase, wordCount } from './text-shape';

// The letter around a request (greeting, sign-off, signature block) is never a question. It is removed before
// any splitting so that "Kind regards" cannot join the last question and "Dear Sir/Madam" cannot open the first.

const GREETING_WORD = /^(?:dear|hello|hi|hey|hiya|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b/i;
// A greeting that runs into the request on the same line: "Hi team, how many…". Bounded, so it cannot scan far.
const GREETING_CLAUSE = /^(?:dear|hello|hi|hey|hiya|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b[^,.!:?]{0,40}[,!:.]\s*/i;

const SIGN_OFF =
  /^(?:(?:kind|best|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|yours\s+(?:faithfully|sincerely|truly)|yours,?$|many thanks|thanks|thank you|cheers|best,?$|all the best|sent from my)\b/i;
const SIGN_OFF_MAX_WORDS = 10;

// A name, initials, an email address or a phone number on the last lines: the signature block.
const NAME_LINE = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.? )?[A-Z][A-Za-z'’-]*\.?(?: [A-Z][A-Za-z'’-]*\.?){0,3}$/;
const CONTACT_LINE = /^(?:[^\s@]+@[^\s@]+|(?:tel|phone|mobile|mob|t|m)?[:.]? ?\+?[\d ()-]{7,})$/i;

function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line) && !line.includes('?') && wordCount(line) <= SIGN_OFF_MAX_WORDS;
}

/** Removes a greeting word and whatever greeting clause precedes the request on the same line. */
export function stripGreeting(line: string): string {
  if (!GREETING_WORD.test(line)) return line;
  const clause = GREETING_CLAUSE.exec(line);
  if (clause) return line.slice(clause[0].length);
  // "Dear FOI Team" on its own line, without punctuation.
  return wordCount(line) <= 6 ? '' : line;
}

// "A. Researcher" or "J. Smith" under a sign-off parses as a label; a label whose text is a few words at most
// cannot be a question, so it does not keep the sign-off from ending the request.
const MAX_SIGNATURE_WORDS = 3;

function isQuestionLabel(line: string): boolean {
  const label = parseLabel(line);
  return label !== null && wordCount(label.rest) > MAX_SIGNATURE_WORDS;
}

function lastQuestionLabelIndex(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) if (isQuestionLabel(lines[i] ?? '')) return i;
  return -1;
}

function previousContent(lines: string[], index: number): { text: string; blankBetween: boolean } {
  let blankBetween = false;
  for (let i = index - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    if (line === '') blankBetween = true;
    else return { text: line, blankBetween };
  }
  return { text: '', blankBetween };
}

// "…Backup as a" + "Service" is a broken line, not a signature: a lone word only counts after a finished
// sentence, and a two-word name after a blank line only when the line before does not end mid-phrase.

function endsSignatureBoundary(before: string, blankBetween: boolean, candidate: string): boolean {
  if (endsFinished(before)) return true;
  return blankBetween && wordCount(candidate) >= 2 && !endsMidPhrase(before);
}

/** Returns the lines between the greeting and the sign-off, with the signature block removed. */
export function stripLetterFrame(input: string[]): string[] {
  const lines = input.slice();

  // Sign-off: the first one after the last numbered question ends the request ("Thank you" further up could
  // be the opening of a sentence about a previous response, so a sign-off with questions after it is not one).
  // The last question is looked for once, and only when there is a sign-off candidate at all.
  let lastQuestion: number | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    if (!isSignOff(lines[i] ?? '')) continue;
    lastQuestion ??= lastQuestionLabelIndex(lines);
    if (i > lastQuestion) {
      lines.length = i;
      break;
    }
  }

  // Signature without a sign-off: a name or contact line at the very end, after a finished sentence.
  for (let guard = 0; guard < 6; guard += 1) {
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const index = lines.length - 1;
    const last = lines[index];
    if (last === undefined || isQuestionLabel(last)) break;
    if (!NAME_LINE.test(last) && !CONTACT_LINE.test(last)) break;
    const before = previousContent(lines, index);
    if (before.text === '' || !endsSignatureBoundary(before.text, before.blankBetween, last)) break;
    lines.length = index;
  }

  // Greeting: only on the first line with content.
  const first = lines.findIndex((line) => line !== '');
  if (first >= 0) lines[first] = stripGreeting(lines[first] ?? '');
  return lines;
}
