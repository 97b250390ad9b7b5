import { attachAnswers, looseText, paragraphsOf } from './attachAnswers';
import type { ImportedEntry, LogImportReport, ParsedLog } from './types';

/**
 * Reads the text of a published disclosure log back into entries. Two layouts are read, both as a
 * published PDF's text comes out: "Ref", the number, "Back to top", the title, "Request", "Response"
 * (the common council and police layout, ../shared/examples/published-log-month.txt), and this app's
 * own log (the title, "Reference: X", "Request", "Response", "Back to top"). Before the first entry a
 * contents list names the topics, so a file cut short can be reported.
 */

const REF_ALONE = /^Ref(?:erence)?\.?(?:\s*(?:no\.?|number))?\s*:?$/i;
const REF_WITH_VALUE = /^Ref(?:erence)?\.?(?:\s*(?:no\.?|number))?\s*[:.]?\s+([\p{L}\p{N}][\p{L}\p{N}/_.:#-]*)$/iu;
/** A reference on its own line: no spaces, at least one digit ("5024007", "FOI/2024/113"). */
const REF_VALUE = /^(?=[^\s]*\d)[\p{L}\p{N}][\p{L}\p{N}/_.#-]{2,40}$/u;
const SECTION = /^(Request|Response)(?::\s*|\s{2,}|\s*$)(.*)$/;
const BACK_TO_TOP = /^back to top$/i;
const BULLET = /^(?:[¶•·▪◦‣∙*-]|ï‚·|o\s)\s*/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Far more than any real log; the text is walked a few times, so this keeps a hostile one bounded. */
export const MAX_LOG_TEXT = 20_000_000;

export interface ParseLogOptions {
  /** YYYY-MM: the month the log is for; otherwise taken from a "June 2024" in its opening lines. */
  month?: string | undefined;
}

interface Draft {
  ref: string | null;
  /** Title lines after the reference (the common layout); empty in this app's layout, where it comes before. */
  titleAfter: string[];
  titleBefore: string[];
  request: string[];
  response: string[];
  sawRequest: boolean;
  sawResponse: boolean;
}

const isRef = (t: string) => REF_ALONE.test(t) || REF_WITH_VALUE.test(t);
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The share of a text that is neither printable nor ordinary whitespace: high for a binary file. */
function garbleShare(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (!sample.length) return 1;
  const bad = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ud800-\udfff]/gu)?.length ?? 0;
  return bad / sample.length;
}

function findMonth(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const m = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})\b/i.exec(line);
    if (m) return `${m[2]}-${twoDigits(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}`;
  }
  return null;
}

/** The bulleted topics before the first entry. */
function contentsTopics(lines: readonly string[]): string[] {
  const bulleted = lines
    .map((l) => l.trim())
    .filter((t) => BULLET.test(t));
  if (bulleted.length === 0) {
    // A PDF printed from HTML draws its bullets: the topics are the lines after "…the following topics:".
    const at = lines.findIndex((l) => /\btopics:?\s*$/i.test(l));
    const after = at < 0 ? [] : lines.slice(at + 1);
    const start = after.findIndex((l) => l.trim() !== '');
    const end = after.findIndex((l, i) => i > start && l.trim() === '');
    return start < 0 ? [] : after.slice(start, end < 0 ? undefined : end).map((l) => l.trim().replace(/\s+/g, ' '));
  }
  return lines
    .map((l) => l.trim())
    .filter((t) => BULLET.test(t))
    .map((t) => t.replace(BULLET, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '' && t.length < 300);
}

/** Trailing lines of `lines` that name the title of the entry about to start (this app's layout). */
function popTitle(lines: string[], topics: readonly string[]): string[] {
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const known = new Set(topics.map(looseText));
  let best = 1;
  let text = '';
  for (let n = 1; n <= Math.min(4, lines.length); n++) {
    const line = lines[lines.length - n]!.trim();
    if (!line || BACK_TO_TOP.test(line)) break;
    text = looseText(line) + text;
    if (known.has(text)) best = n;
  }
  const title = lines.splice(Math.max(0, lines.length - best), best).map((l) => l.trim());
  return title.filter(Boolean);
}

/** A response's trailing "Back to top" and blank lines; and this app's attachments note. */
function trimResponse(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === '' || BACK_TO_TOP.test(lines[end - 1]!.trim()))) end--;
  return lines.slice(0, end);
}

export function parsePublishedLog(text: string, options: ParseLogOptions = {}): ParsedLog {
  const empty = (why: string, month: string | null = options.month ?? null): ParsedLog => ({
    entries: [],
    report: { entriesFound: 0, topics: [], missingTopics: [], withoutReference: [], unreadable: [why], month },
  });
  if (text.length > MAX_LOG_TEXT) return empty(`The text is ${Math.round(text.length / 1_000_000)} million characters long, far more than any disclosure log: nothing was imported.`);
  if (text.trim() === '') return empty('The file holds no text (a scanned log needs its text recognised first): nothing was imported.');
  if (garbleShare(text) > 0.05) return empty('The file does not read as text: it may be damaged or not a log at all. Nothing was imported.');

  const lines = text.replace(/\u00a0/g, ' ').split(/\r\n|\r|\n/);
  const month = options.month ?? findMonth(lines);
  const before: string[] = [];
  const drafts: Draft[] = [];
  let draft: Draft | null = null;
  let state: 'outside' | 'header' | 'request' | 'response' = 'outside';

  for (const raw of lines) {
    const t = raw.trim();
    if (state !== 'header' && isRef(t)) {
      const value = REF_WITH_VALUE.exec(t)?.[1] ?? null;
      draft = { ref: value, titleAfter: [], titleBefore: [], request: [], response: [], sawRequest: false, sawResponse: false };
      drafts.push(draft);
      state = 'header';
      continue;
    }
    if (!draft) {
      before.push(raw);
      continue;
    }
    const section = SECTION.exec(t);
    if (state === 'header') {
      if (section?.[1] === 'Request') {
        draft.sawRequest = true;
        if (section[2]) draft.request.push(section[2]);
        state = 'request';
      } else if (t === '' || BACK_TO_TOP.test(t)) continue;
      else if (draft.ref === null && draft.titleAfter.length === 0 && REF_VALUE.test(t)) draft.ref = t;
      else if (draft.titleAfter.length < 6) draft.titleAfter.push(t);
      continue;
    }
    if (state === 'request') {
      if (section?.[1] === 'Response') {
        draft.sawResponse = true;
        if (section[2]) draft.response.push(section[2]);
        state = 'response';
      } else draft.request.push(raw);
      continue;
    }
    draft.response.push(raw);
  }

  const topics = contentsTopics(before);
  // This app's layout prints the title before the reference: it ends the lines before it.
  drafts.forEach((d, i) => {
    if (d.titleAfter.length) return;
    d.titleBefore = popTitle(i === 0 ? before : drafts[i - 1]!.response, topics);
  });

  const unreadable: string[] = [];
  const entries: ImportedEntry[] = [];
  const withoutReference: LogImportReport['withoutReference'] = [];
  // A PDF's link targets are often listed after its last page: not part of the last entry's answer.
  const last = drafts[drafts.length - 1];
  if (last) while (last.response.length && /^(\s*|\s*https?:\/\/\S+\s*)$/.test(last.response[last.response.length - 1]!)) last.response.pop();
  for (const d of drafts) {
    const title = (d.titleAfter.length ? d.titleAfter : d.titleBefore).join(' ').replace(/\s+/g, ' ').trim();
    if (!d.sawRequest || !d.sawResponse) {
      unreadable.push(`An entry${title ? ` ("${title}")` : d.ref ? ` (${d.ref})` : ''} has no ${d.sawRequest ? '"Response"' : '"Request"'} heading, so it was left out.`);
      continue;
    }
    const response = trimResponse(stripAttachments(d.response));
    const requestText = paragraphsOf(d.request);
    const attached = attachAnswers(d.request.join('\n'), response);
    const position = entries.length + 1;
    const reference = d.ref ?? (month ? `LOG-${month}-${twoDigits(position)}` : `LOG-${twoDigits(position)}`);
    const shownTitle = title || `Entry ${position}`;
    if (!d.ref) withoutReference.push({ title: shownTitle, reference });
    entries.push({ ref: d.ref, reference, title: shownTitle, requestText, responseText: paragraphsOf(response), ...attached });
  }
  if (drafts.length === 0) unreadable.push('No entry was found: the file has no "Ref" or "Reference" line followed by "Request" and "Response" headings, the layout of a published disclosure log. Nothing was imported.');

  const titles = entries.map((e) => looseText(e.title));
  const missingTopics = topics.filter((topic) => {
    const loose = looseText(topic);
    return !titles.some((t) => t === loose || (loose.length >= 8 && (t.startsWith(loose) || loose.startsWith(t))));
  });
  return { entries, report: { entriesFound: entries.length, topics, missingTopics, withoutReference, unreadable, month } };
}

/** This app's log lists attachments after the response: they are not part of the answer. */
function stripAttachments(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => l.trim() === 'Attachments' && lines.slice(i).some((x) => x.includes('To ask for a copy of an attachment')));
  if (at < 0) return lines;
  const end = lines.findIndex((l, i) => i > at && l.includes('To ask for a copy of an attachment'));
  return [...lines.slice(0, at), ...lines.slice(end + 1)];
}
