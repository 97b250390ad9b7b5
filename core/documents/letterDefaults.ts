import { citedSection, fillClause, fillContextFor, formatDate, type Clause } from '../clauses';
import { someNode } from '../editor/walkDoc';
import {
  DEFAULT_LETTER_OPENING,
  DEFAULT_LETTER_SIGN_OFF,
  letterPartsOf,
  REGIME_NAMES,
  type Case,
  type CaseChannel,
  type LetterParts,
  type Organisation,
  type Regime,
  type Requester,
  type RichNode,
} from '../model';
import { closingParagraphs } from './closingParagraphs';
import { hasClosingClause } from './expandClauses';
import { sentenceCaseTitle } from './sentenceCase';

/**
 * The default of each part of the letter that is not an answer (core/model/letterParts): worked out
 * here once, for the letter's writers, the checks (through the service) and the Letter panel.
 */

/** What a default needs of a library clause: a LibraryClause from the window fits as well as a Clause. */
export type ClosingClause = Pick<Clause, 'id' | 'version' | 'title' | 'kind' | 'regimes' | 'body' | 'variables'> & Partial<Pick<Clause, 'section'>> & { retired?: boolean };

/**
 * The library's closing clauses each regime's letter ends with, in order: how to ask for a review,
 * then the Commissioner (the ICO for FOIA and EIR, the Scottish Information Commissioner, whose
 * clause carries the appeal, for FOISA and EISR), then re-use. Named, not "every closing clause",
 * so a body's own extra closing clause is offered in the palette but never added unasked.
 */
export const CLOSING_CLAUSE_IDS: Record<Regime, readonly string[]> = {
  foia: ['closing-foia-internal-review', 'closing-ico-complaint', 'closing-reuse'],
  eir: ['closing-eir-reconsideration', 'closing-ico-complaint', 'closing-reuse'],
  foisa: ['closing-foisa-review-sic', 'closing-reuse'],
  eisr: ['closing-eisr-review-sic', 'closing-reuse'],
};

export const ANONYMOUS_SALUTATION = 'Dear requester';

const TITLES = new Map(
  ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Rev', 'Revd', 'Reverend', 'Cllr', 'Councillor', 'Lord', 'Lady', 'Sir', 'Dame', 'Capt', 'Captain'].map((t) => [t.toLowerCase(), t]),
);

// WhatDoTheyKnow shows the name its user chose, often a pseudonym written like a name: "Concerned Resident",
// "Local Taxpayer", "watchful resident". A letter does not address such a name as a person.
const PSEUDONYM_WORDS = /\b(?:anon|anonymous|requester|resident|residents|taxpayer|ratepayer|citizen|voter|parent|parents|neighbour|concerned|local|watcher|watch|campaign|campaigner|group|action|researcher|student|team|friends?|public|member|transparency|foi)\b/i;

function isWhatDoTheyKnowPseudonym(name: string): boolean {
  // A word in lower case ("watchful resident") is a handle, not a name as the requester would sign it.
  return PSEUDONYM_WORDS.test(name) || /(?:^|\s)\p{Ll}/u.test(name);
}

/**
 * "Dear Ms Bloggs" when the requester gave a title, "Dear Jo Bloggs" otherwise, and "Dear requester"
 * when the name is not a person's name as a letter would use it: nothing, one word ("Bloggsy"), or a
 * handle of the kind WhatDoTheyKnow users choose ("jb_1984", "foi.watcher", an email address). A request
 * that came through WhatDoTheyKnow is held to more: a pseudonym written like a name ("Concerned Resident") too.
 * Sir and Dame take the first name ("Dear Sir John"), as they are addressed.
 */
export function salutationFor(requester: Pick<Requester, 'name'>, channel?: CaseChannel): string {
  const name = requester.name.replace(/\s+/g, ' ').trim();
  if (channel === 'whatdotheyknow' && isWhatDoTheyKnowPseudonym(name)) return ANONYMOUS_SALUTATION;
  if (!name || /[\d@_#/\\|<>[\]{}=+*]/.test(name) || /\.\S/.test(name.replace(/\b\p{Lu}\.(?=\s|$)/gu, ''))) return ANONYMOUS_SALUTATION;
  const words = name.split(' ');
  const first = words[0]!.replace(/\.$/, '').toLowerCase();
  const title = TITLES.get(first);
  if (title) {
    const rest = words.slice(1).filter((w) => !/^\p{Lu}\.?$/u.test(w)); // initials: "Ms J. Bloggs" is Ms Bloggs
    if (rest.length === 0) return ANONYMOUS_SALUTATION;
    if (title === 'Sir' || title === 'Dame') return `Dear ${title} ${words[1]}`;
    return `Dear ${title} ${rest[rest.length - 1]}`;
  }
  if (words.length < 2 || !words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return ANONYMOUS_SALUTATION;
  return `Dear ${name}`;
}

function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The opening paragraph from the settings' template, with this request's date, title and law. */
export function openingFor(c: Pick<Case, 'received' | 'title' | 'regime'>, org: Pick<Organisation, 'letterOpening'>): string {
  const template = org.letterOpening?.trim() || DEFAULT_LETTER_OPENING;
  return fillTemplate(template, { received: formatDate(c.received), title: sentenceCaseTitle(c.title), law: REGIME_NAMES[c.regime] });
}

export function signOffFor(org: Pick<Organisation, 'name' | 'letterSignOff'>): string {
  return fillTemplate(org.letterSignOff?.trim() || DEFAULT_LETTER_SIGN_OFF, { 'org.name': org.name });
}

/** A library clause as a clause node, filled as the palette fills it with no values typed: the defaults. */
export function closingClauseNode(clause: ClosingClause, org: Organisation, c: Pick<Case, 'ref' | 'received'>): RichNode {
  const filled = fillClause(clause, {}, fillContextFor(org, c));
  return {
    type: 'clause',
    attrs: {
      clauseId: clause.id,
      version: clause.version,
      title: clause.title,
      kind: clause.kind,
      section: citedSection({ regimes: clause.regimes, section: clause.section }) ?? '',
      values: {},
      text: filled.text,
      missing: filled.missing,
    },
  };
}

/**
 * The regime's closing clauses from the library. When the library lacks them all (retired, or a
 * library that failed to load) the letter still carries the rights the law requires, in the
 * built-in wording of closingParagraphs.
 */
export function defaultClosingBlocks(c: Pick<Case, 'regime' | 'ref' | 'received'>, org: Organisation, library: readonly ClosingClause[]): RichNode[] {
  const byId = new Map(library.filter((k) => k.kind === 'closing' && !k.retired).map((k) => [k.id, k]));
  const nodes = CLOSING_CLAUSE_IDS[c.regime].flatMap((id) => {
    const clause = byId.get(id);
    return clause && clause.regimes.includes(c.regime) ? [closingClauseNode(clause, org, c)] : [];
  });
  return nodes.length ? nodes : closingParagraphs(c.regime, org, c.ref);
}

export interface ResolvedLetterParts {
  salutation: string;
  opening: string;
  /** A doc node, as the editor holds it. */
  closing: RichNode;
  signOff: string;
  /** Which parts follow their default (nothing stored for them). */
  isDefault: Record<keyof LetterParts, boolean>;
}

/** The defaults alone, for the Letter panel's "Reset to default". */
export function letterDefaults(c: Case, org: Organisation, library: readonly ClosingClause[]): Omit<ResolvedLetterParts, 'isDefault'> {
  // A case from before the closing section carries its closing clauses in an answer: adding the
  // defaults as well would print the rights twice.
  const closing = c.answers.some((a) => hasClosingClause(a.doc)) ? [] : defaultClosingBlocks(c, org, library);
  return {
    salutation: salutationFor(c.requester, c.channel),
    opening: openingFor(c, org),
    closing: { type: 'doc', content: closing.length ? closing : [{ type: 'paragraph' }] },
    signOff: signOffFor(org),
  };
}

/** Each part as the letter prints it: the officer's text where there is some, the default otherwise. */
export function resolveLetterParts(c: Case, org: Organisation, library: readonly ClosingClause[]): ResolvedLetterParts {
  const stored = letterPartsOf(c);
  const defaults = letterDefaults(c, org, library);
  return {
    salutation: stored.salutation ?? defaults.salutation,
    opening: stored.opening ?? defaults.opening,
    closing: stored.closing ?? defaults.closing,
    signOff: stored.signOff ?? defaults.signOff,
    isDefault: { salutation: stored.salutation === null, opening: stored.opening === null, closing: stored.closing === null, signOff: stored.signOff === null },
  };
}

/** The case with its closing section as it will print, for checks run where the library is at hand. */
export function withResolvedClosing(c: Case, org: Organisation, library: readonly ClosingClause[]): Case {
  const stored = letterPartsOf(c);
  if (stored.closing !== null) return c;
  return { ...c, letter: { ...stored, closing: letterDefaults(c, org, library).closing } };
}

/** True when a doc holds no words and no clause: an emptied closing section. */
export function isBlankDoc(doc: RichNode): boolean {
  return !someNode(doc, (n) => n.type === 'clause' || (n.type === 'text' && (n.text ?? '').trim() !== ''));
}

/**
 * The one-click fix for missing rights: the closing section gains the regime's default clauses it
 * lacks, after whatever the officer wrote there. An empty section goes back to following the
 * default, so later library and settings changes reach it.
 */
export function closingWithDefaults(current: RichNode | null, c: Case, org: Organisation, library: readonly ClosingClause[]): RichNode | null {
  if (current === null || isBlankDoc(current)) return null;
  const present = new Set<string>();
  someNode(current, (n) => {
    if (n.type === 'clause' && typeof n.attrs?.['clauseId'] === 'string') present.add(n.attrs['clauseId']);
    return false;
  });
  const missing = defaultClosingBlocks(c, org, library).filter((n) => !(n.type === 'clause' && present.has(String(n.attrs?.['clauseId']))));
  const kept = (current.content ?? []).filter((n) => !(n.type === 'paragraph' && isBlankDoc(n)));
  return { type: 'doc', content: [...kept, ...missing] };
}
