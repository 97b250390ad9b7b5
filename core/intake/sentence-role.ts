import { isClosingRemark } from './closing-remarks';
import { wordCount } from './text-shape';

/**
 * What a sentence of an unnumbered request does:
 * - ask: a distinct request for information (a question, "Please provide…", "I'd also like to know…");
 * - detail: narrows the ask before it ("Please break this down by month.", "If so, who?");
 * - topic: introduces the request without asking anything ("I am writing to make a request under the Act.");
 * - closing: how to reply, thanks, clarification;
 * - other: context, kept with the ask it follows.
 */
export type SentenceRole = 'ask' | 'detail' | 'topic' | 'closing' | 'other';

// "Under the Freedom of Information Act 2000, please provide…": the legal preface is read past, so the
// sentence is judged by what it asks.
const LEGAL_PREFACE =
  /^(?:under|in accordance with|pursuant to)\s+(?:the\s+)?(?:section 1 of the\s+)?(?:freedom of information|foi|foia|foisa|environmental information|eir)\b[a-z ]{0,30}?(?:\s*(?:act|regulations))?(?:\s+\(scotland\))?(?:\s+\d{4})?(?:\s*\([a-z]{2,6}\))?,?\s*/i;

const TOPIC =
  /^(?:(?:i am|i'm) writing (?:to (?:you )?(?:make|submit|lodge|raise)\b|under\b|in (?:relation|regard|connection)|regarding|about|with (?:a|regard|reference|respect)|as\b|on behalf|concerning|to request (?:some )?information\b|to request the following|to ask for (?:some )?information\b)|i write\b|(?:this is|please (?:treat|consider|accept) this(?: email| message| letter)? as) an?\b|(?:i would like to|i wish to|i want to|i'd like to) (?:make|submit|raise|lodge) an?\b|(?:i would like to |i wish to |i'd like to )?request (?:the following|information under|under)\b|(?:(?:please|kindly) (?:could you |can you )?|could you (?:please )?|can you (?:please )?|would you (?:please )?)?(?:provide|send|supply|give) (?:me )?(?:with )?(?:the following|answers to the following|responses to the following)\b|(?:i would like|i'd like) (?:the following|answers to the following)\b|(?:my|the) (?:request|questions?) (?:is|are|relates?|concerns?)\b|further to\b|following (?:on from|my|your|the)\b|with reference to\b|my name is\b|(?:i am|i'm) an? (?:journalist|researcher|student|resident|local|parent|member|campaigner|councillor)\b|as an? (?:resident|journalist|researcher|student|local|parent)\b)/i;

// A topic sentence that names nothing specific ("…a request under the Freedom of Information Act 2000.").
const GENERIC_ENDING =
  /(?:request|information|act|2000|2002|2004|regulations|following|questions|below|details|data|foia|foi|eir)\)?[.:!]?$/i;

const DETAIL =
  /^(?:(?:please |could you |can you |would you )?(?:also )?(?:please )?(?:break|split|separate|disaggregate|divide|include|exclude)\b|(?:if (?:so|not|yes|no|possible|available|held|applicable|this|that|it|you)|where (?:possible|available|held|applicable)|ideally|preferably|(?:for|in) (?:each|every) (?:case|year|month|of (?:these|those|the above))|(?:this|these|the (?:figures?|data|information|answer|breakdown)) (?:should|could|can|may|need|must|would)|including|excluding|to include|broken down|split by|per (?:year|month|ward|annum)|as an? (?:spreadsheet|csv|excel)|by (?:this|that) i mean|i mean|for example|for clarity|to clarify|to be clear|(?:i am|i'm) (?:only |particularly )?interested)\b)/i;
// A question that only narrows the one before: "If so, who?", "If not, why not?", "Which?".
const DETAIL_QUESTION = /^(?:if (?:so|not|yes|no|applicable)\b|and if so\b|(?:and )?(?:which|who|why|when|where|how)(?: (?:one|ones|not))?\?$)/i;
const SHORT_QUESTION_WORDS = 3;

const CONNECTIVE = /^(?:also|additionally|in addition|further(?:more)?|finally|lastly|secondly|thirdly|fourthly|next|separately|moreover)\b,?\s*/i;
const ASK =
  /^(?:(?:please|kindly) (?:could you |can you )?(?:also )?(?:provide|send|supply|disclose|share|confirm|tell|give|let me (?:know|have)|list|state|advise|explain|release|publish|outline|detail|identify|specify|forward)|(?:could|can|would|will) you (?:also )?(?:please )?(?:provide|send|tell|confirm|supply|share|let|list|advise|disclose|give|explain|state|outline|forward|detail|identify|specify)|i(?:'d| would) (?:also )?like|i (?:also )?(?:request|want|wish|need)\b|i would (?:also )?be grateful|(?:i am|i'm) (?:also )?(?:requesting|seeking|asking)|(?:i am|i'm) writing to (?:request|ask|find out|obtain|seek)|(?:an?|the|any) (?:copy|copies|list|breakdown|number|total|summary|record|schedule)\b|(?:copies|details|(?:a )?copy) of\b|(?:how (?:many|much|often|long)|what|which|when|whether|who|where)\b)/i;

/** Drops "Under the Freedom of Information Act 2000," so the rest of the sentence can be judged. */
export function withoutLegalPreface(sentence: string): string {
  return sentence.replace(LEGAL_PREFACE, '');
}

export function isGenericTopic(sentence: string): boolean {
  const core = withoutLegalPreface(sentence);
  return core === '' || (TOPIC.test(core) && GENERIC_ENDING.test(core));
}

export function sentenceRole(sentence: string): SentenceRole {
  if (isClosingRemark(sentence)) return 'closing';
  const core = withoutLegalPreface(sentence);
  if (core === '') return 'topic';
  const asksQuestion = core.includes('?');
  if (!asksQuestion && TOPIC.test(core)) return 'topic';
  if (asksQuestion) {
    if (DETAIL_QUESTION.test(core) || wordCount(core) <= SHORT_QUESTION_WORDS) return 'detail';
    return 'ask';
  }
  if (DETAIL.test(core)) return 'detail';
  const afterConnective = core.replace(CONNECTIVE, '');
  if (afterConnective !== core) return DETAIL.test(afterConnective) ? 'detail' : 'ask';
  return ASK.test(core) ? 'ask' : 'other';
}
