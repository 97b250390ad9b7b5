import { bulletText } from './bullets';
import { JoinedText } from './joined-text';
import { isGenericTopic, sentenceRole } from './sentence-role';
import { splitSentences } from './split-sentences';
import { endsFinished, looksLikeTitle, startsLowerCase, startsUpperCase } from './text-shape';
import type { SplitQuestion } from './types';

type Unit = { kind: 'prose'; text: string } | { kind: 'bullets'; items: string[] };

/**
 * Rebuilds paragraphs and bullet lists from lines. A blank line ends a paragraph unless the next line plainly
 * continues it (lower case, or the paragraph had not finished and PDF extraction double-spaced it). A short
 * unpunctuated first line followed by a capital ("FOI request – parking") is a title: its own unit.
 */
function toUnits(lines: string[]): Unit[] {
  const units: Unit[] = [];
  let prose = new JoinedText();
  let bullets: JoinedText[] | null = null;
  let blankBefore = false;

  const flushProse = (): void => {
    if (!prose.isEmpty) units.push({ kind: 'prose', text: prose.toString() });
    prose = new JoinedText();
  };
  const flushBullets = (): void => {
    if (bullets && bullets.length > 0) units.push({ kind: 'bullets', items: bullets.map((item) => item.toString()) });
    bullets = null;
  };

  for (const line of lines) {
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const bullet = bulletText(line);
    const lastBullet = bullets?.[bullets.length - 1];
    if (bullet !== null) {
      flushProse();
      bullets ??= [];
      if (bullet !== '') {
        const item = new JoinedText();
        item.addLine(bullet);
        bullets.push(item);
      }
    } else if (lastBullet) {
      // A broken bullet continues on the next line; a capitalised sentence after a finished bullet does not.
      if (!blankBefore && !(startsUpperCase(line) && endsFinished(lastBullet.lastLine))) {
        lastBullet.addLine(line);
      } else {
        flushBullets();
        prose.addLine(line);
      }
    } else {
      const title = prose.lineCount === 1 && looksLikeTitle(prose.lastLine);
      const breaksParagraph =
        !prose.isEmpty &&
        ((blankBefore && !startsLowerCase(line) && (endsFinished(prose.lastLine) || title)) ||
          (title && startsUpperCase(line)));
      if (breaksParagraph) flushProse();
      prose.addLine(line);
    }
    blankBefore = false;
  }
  flushProse();
  flushBullets();
  return units;
}

// A lead-in such as "Please provide the following information:" adds nothing, so the bullets under it are
// the asks. A lead-in that says more ("…for each of the last three years:") is completed by its bullets, so
// lead-in and bullets together are one ask.
const BARE_LEAD_IN =
  /(?:the following|below)(?: (?:information|details|data|questions|records|documents|items|points))?(?: please)?:$/i;

function isBareLeadIn(sentence: string): boolean {
  return BARE_LEAD_IN.test(sentence) || isGenericTopic(sentence);
}

/**
 * Splits a request without labels into its distinct asks, numbered 1, 2, 3 with an empty label. Preamble
 * before the first ask and closing remarks are dropped; details and context after an ask stay with it.
 */
export function splitUnnumbered(lines: string[]): SplitQuestion[] {
  const asks: JoinedText[] = [];
  const newAsk = (text: string): void => {
    const ask = new JoinedText();
    ask.addLine(text);
    asks.push(ask);
  };
  const topics: string[] = [];
  const others: string[] = [];
  const units = toUnits(lines);

  const addSentence = (sentence: string): void => {
    const role = sentenceRole(sentence);
    if (role === 'closing') return;
    if (role === 'topic') {
      if (!isGenericTopic(sentence)) topics.push(sentence);
      return;
    }
    const last = asks.length - 1;
    if (role === 'ask' || last < 0) {
      // A detail or context sentence before any ask is context only, unless nothing else is ever asked.
      if (role === 'ask' || role === 'detail') newAsk(sentence);
      else others.push(sentence);
      return;
    }
    asks[last]?.addLine(sentence);
  };

  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u];
    if (!unit) continue;
    if (unit.kind === 'bullets') {
      // Bullets with no lead-in are the asks themselves: each is its own question.
      for (const item of unit.items) newAsk(item);
      continue;
    }
    const sentences = splitSentences(unit.text);
    const next = units[u + 1];
    const leadIn = next?.kind === 'bullets' ? sentences[sentences.length - 1] : undefined;
    const beforeLeadIn = leadIn !== undefined && leadIn.endsWith(':') ? sentences.slice(0, -1) : sentences;
    for (const sentence of beforeLeadIn) addSentence(sentence);
    if (next?.kind === 'bullets' && leadIn !== undefined && leadIn.endsWith(':')) {
      u += 1;
      if (isBareLeadIn(leadIn)) {
        for (const item of next.items) newAsk(item);
      } else {
        const previous = asks[asks.length - 1];
        const target = sentenceRole(leadIn) === 'detail' && previous ? previous : new JoinedText();
        if (target !== previous) asks.push(target);
        target.addLine(leadIn);
        next.items.forEach((item, i) => target.addBullet(item, i > 0));
      }
    }
  }

  // Nothing phrased as an ask: the specific introduction is the ask ("I am writing to request information
  // about…"), failing that whatever context there was.
  const chosen = asks.length > 0 ? asks.map((ask) => ask.toString()) : topics.length > 0 ? [topics.join(' ')] : others.length > 0 ? [others.join(' ')] : [];
  return chosen.map((text, index) => ({ number: String(index + 1), label: '', text, heading: false }));
}
