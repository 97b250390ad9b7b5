import { expandInlineEnumerations } from './inline-enumerations';
import { stripLetterFrame } from './letter-frame';
import { normaliseLines } from './normalise-lines';
import { withoutQuotedCorrespondence } from './quotedCorrespondence';
import { splitNumbered } from './split-numbered';
import { splitUnnumbered } from './split-unnumbered';
import type { SplitQuestion, SplitResult } from './types';
import { readWhatDoTheyKnow } from './whatDoTheyKnow';

/**
 * Splits a pasted FOI request into its questions, in document order. The rules are listed in README.md in
 * this folder. Labelled requests keep the requester's numbering; a request without labels is split into its
 * distinct asks, numbered 1, 2, 3.
 */
export function splitRequest(text: string): SplitQuestion[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    return splitRequestUnguarded(text);
  } catch {
    // A paste must never break the intake screen. No known input reaches this; if one does, the officer still
    // gets the whole request as one question to split by hand.
    return [{ number: '1', label: '', text: text.replace(/\s+/g, ' ').trim(), heading: false }];
  }
}

/** The split without its safety net: for the fuzz test, which must see a stage that throws. */
export function splitRequestUnguarded(text: string): SplitQuestion[] {
  // The WhatDoTheyKnow footer and the earlier correspondence quoted under a message are not its questions;
  // asks run together in one paragraph are, each on its own line as if the requester had broken them.
  const own = withoutQuotedCorrespondence(normaliseLines(readWhatDoTheyKnow(text).text));
  const lines = stripLetterFrame(expandInlineEnumerations(own));
  const numbered = splitNumbered(lines);
  return numbered.length > 0 ? numbered : splitUnnumbered(lines);
}

/** The shape the command-line tool prints. */
export function splitRequestToJson(text: string): SplitResult {
  return { questions: splitRequest(text) };
}
