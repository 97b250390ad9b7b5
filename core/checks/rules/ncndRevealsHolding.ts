import { finding, type Rule } from '../rule';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { reliesOnNcnd } from '../refusals';

// Rests on FOIA s17(4) and the NCND provisions (e.g. s31(3), s40(5B); FOISA s18; EIR reg 12(6)): the reply must not reveal whether information is held.

// Saying whether anything is held defeats the NCND response it sits in.
const REVEALS = /\bwe (?:do not|don't|did not|didn't|do|did)?\s?hold\b|\bthe information (?:that )?we hold\b|\binformation (?:is|was|are) (?:not )?held\b|\bwe have (?:located|found|identified|retrieved)\b|\bno (?:such )?information (?:is|was) held\b/gi;
// "whether we hold", "deny that we hold", "whether or not information is held": the NCND formula itself.
const HEDGE = /\b(?:whether|if|deny that|confirm that|or not|confirming or denying)\b[^.]{0,30}$/i;

/** The first words that say whether anything is held, outside the NCND formula itself. */
export function revealsHoldingAt(text: string): { from: number; text: string } | undefined {
  for (const m of text.matchAll(REVEALS)) {
    const from = m.index ?? 0;
    if (HEDGE.test(text.slice(Math.max(0, from - 40), from))) continue;
    return { from, text: m[0] };
  }
  return undefined;
}

export const ncndRevealsHolding: Rule = {
  id: 'ncnd-reveals-holding',
  summary: 'A neither-confirm-nor-deny answer reveals whether the information is held',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      // A public interest extension letter has its own rule, which names the NCND-safe wording.
      if (!reliesOnNcnd(a, view.c.regime) || isPitExtensionNotice(a)) continue;
      const reveal = revealsHoldingAt(a.text);
      if (!reveal) continue;
      out.push(finding(view, this.id, 'error', `This answer neither confirms nor denies, yet "${reveal.text}" tells the requester whether the information is held. Remove it: the NCND response must not reveal that either way.`, { answer: a, from: reveal.from, to: reveal.from + reveal.text.length }));
    }
    return out;
  },
};
