import { finding, type Rule } from '../rule';
import { saysNeitherConfirmNorDeny } from '../refusals';

// Saying whether anything is held defeats the NCND response it sits in.
const REVEALS = /\bwe (?:do not|don't|did not|didn't|do|did)?\s?hold\b|\bthe information (?:that )?we hold\b|\binformation (?:is|was|are) (?:not )?held\b|\bwe have (?:located|found|identified|retrieved)\b|\bno (?:such )?information (?:is|was) held\b/gi;
// "whether we hold", "deny that we hold", "whether or not information is held": the NCND formula itself.
const HEDGE = /\b(?:whether|if|deny that|confirm that|or not|confirming or denying)\b[^.]{0,30}$/i;

export const ncndRevealsHolding: Rule = {
  id: 'ncnd-reveals-holding',
  summary: 'A neither-confirm-nor-deny answer reveals whether the information is held',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      if (!saysNeitherConfirmNorDeny(a)) continue;
      for (const m of a.text.matchAll(REVEALS)) {
        const from = m.index ?? 0;
        if (HEDGE.test(a.text.slice(Math.max(0, from - 40), from))) continue;
        out.push(finding(view, this.id, 'error', `This answer neither confirms nor denies, yet "${m[0]}" tells the requester whether the information is held. Remove it: the NCND response must not reveal that either way.`, { answer: a, from, to: from + m[0].length }));
        break;
      }
    }
    return out;
  },
};
