import type { CaseChannel } from '../model/case';

// Most requests to large bodies arrive through WhatDoTheyKnow. Every message it sends ends with the same
// footer: a rule of dashes, "Please use this email address for all replies to this request:", the request's
// own foi+request-… address, a "wrong address?" form link, the disclaimer and two notes for FOI officers,
// then another rule. None of it is the request: it must not become a question, and the reply address it
// gives is where the answer goes (the requester's own address is never disclosed to the authority).

export type WhatDoTheyKnowIntake = {
  /** The text without the footer; everything else, quoted correspondence included, kept as it was. */
  text: string;
  /** The foi+request-…@whatdotheyknow.com address the answer goes to; '' when there is none. */
  replyAddress: string;
  /** 'whatdotheyknow' when the text came through WhatDoTheyKnow, otherwise the fallback given. */
  channel: CaseChannel;
};

const REPLY_ADDRESS = /foi\+request-\d{1,9}-[0-9a-z]{4,16}@whatdotheyknow\.com/i;
// The one line every footer has, in every version of it WhatDoTheyKnow has sent.
const FOOTER_START = /^>?\s*please use this email address for all (?:replies|responses) to this request:?\s*$/i;
// A rule of dashes (or underscores) on its own line: where the footer starts and ends.
const RULE = /^>?\s*[-_=]{10,}\s*$/;
// The footer's own lines, so that its end is found even when the closing rule is missing.
const FOOTER_LINE = [
  REPLY_ADDRESS,
  /^>?\s*is .{1,200} the wrong address for (?:freedom of information|foi|environmental information) requests to /i,
  /^>?\s*https?:\/\/(?:www\.)?whatdotheyknow\.com\S*\s*$/i,
  /^>?\s*disclaimer: this message and any reply that you make will be published on the internet/i,
  /^>?\s*our privacy and copyright policies:?\s*$/i,
  /^>?\s*for more detailed guidance on safely disclosing information/i,
  /^>?\s*please note that in some cases publication of requests and responses will be delayed/i,
  /^>?\s*if you find (?:this|the whatdotheyknow) service useful as an foi officer/i,
];
// A footer is never longer than this many lines; a bound, so a paste of any length is read in linear time.
const MAX_FOOTER_LINES = 40;

function isFooterLine(line: string): boolean {
  return line.trim() === '' || RULE.test(line) || FOOTER_LINE.some((pattern) => pattern.test(line));
}

/** The [start, end) line range of each footer: from the rule before its first line to the rule after its last. */
function footerRanges(lines: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!FOOTER_START.test(lines[i] ?? '')) continue;
    let start = i;
    for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
      const line = lines[j] ?? '';
      if (RULE.test(line)) {
        start = j;
        break;
      }
      if (line.trim() !== '') break;
    }
    let end = i + 1;
    const limit = Math.min(lines.length, i + MAX_FOOTER_LINES);
    for (let j = i + 1; j < limit; j += 1) {
      const line = lines[j] ?? '';
      if (!isFooterLine(line)) break;
      end = j + 1;
      // The closing rule ends the footer: what follows it (quoted correspondence) is the requester's.
      if (RULE.test(line) && j > i + 1) break;
    }
    ranges.push([start, end]);
    i = end - 1;
  }
  return ranges;
}

/**
 * Reads a request for the signs of WhatDoTheyKnow: drops its footer, finds the reply address and says
 * which channel the request came by. Text without a footer comes back as it was, with the fallback channel
 * (an address in the text alone, as in a forwarded request, is still WhatDoTheyKnow's).
 */
export function readWhatDoTheyKnow(text: string, fallback: CaseChannel = 'email'): WhatDoTheyKnowIntake {
  if (typeof text !== 'string' || text === '') return { text: '', replyAddress: '', channel: fallback };
  // Most pastes never mention WhatDoTheyKnow: one scan for its name turns them away.
  if (!/whatdotheyknow|replies to this request/i.test(text)) return { text, replyAddress: '', channel: fallback };
  const address = REPLY_ADDRESS.exec(text)?.[0]?.toLowerCase() ?? '';
  const lines = text.split(/\r\n?|\n/);
  const ranges = footerRanges(lines);
  if (ranges.length === 0) return { text, replyAddress: address, channel: address ? 'whatdotheyknow' : fallback };
  // Where a footer was, the paragraphs either side are joined by one blank line; nothing else is touched.
  const parts: string[][] = [];
  let next = 0;
  for (const [start, end] of ranges) {
    parts.push(lines.slice(next, start));
    next = end;
  }
  parts.push(lines.slice(next));
  const kept = parts.map(trimBlankEnds).filter((part) => part.length > 0);
  return { text: kept.map((part) => part.join('\n')).join('\n\n'), replyAddress: address, channel: 'whatdotheyknow' };
}

function trimBlankEnds(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end);
}
