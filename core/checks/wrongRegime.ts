import { REGIME_LABELS, type Regime } from '../model';
import type { AnswerView } from './caseView';
import type { Citation } from './citations';
import { EQUIVALENTS, provisionFor, provisionsOf } from './provisions';
import { sentencesAround } from './textSpans';

const ACT_OF: Record<Regime, Regime> = { foia: 'foia', eir: 'foia', foisa: 'foisa', eisr: 'foisa' };
const NUMBERING_TWIN: Partial<Record<Regime, Regime>> = { foia: 'foisa', foisa: 'foia' };
const ENVIRONMENTAL = /Environmental Information|\bEIR\b|\bEISR\b/;

/**
 * Why a citation belongs to another regime's numbering, or undefined if it does not. Shared by the
 * section-wrong-regime rule and by the rules that read a citation's test: a FOISA "section 38" in a
 * FOIA letter is personal information, and must not be treated as FOIA's qualified health and safety.
 */
export function wrongRegimeProblem(regime: Regime, c: Citation, a: AnswerView): string | undefined {
  const name = REGIME_LABELS[regime];
  if (c.otherAct) return undefined;
  if (c.source === 'clause') {
    if (!c.clauseRegime || c.clauseRegime === regime) return undefined;
    // Under the EIR a FOIA letter still cites s39 to say the request was handled as environmental.
    if (c.parts[0] === '39' && ACT_OF[regime] === c.clauseRegime) return undefined;
    const title = a.clauses.find((cl) => cl.from === c.from)?.title ?? 'this clause';
    return `The clause "${title}" is written for ${REGIME_LABELS[c.clauseRegime]}, but this case is under ${name}. Use the ${name} clause instead.`;
  }
  if (c.source !== 'text') return undefined;
  const sentence = sentencesAround(a.sentences(), c.from, 0).text;
  const head = c.parts[0] ?? '';
  if (regime === 'eir' || regime === 'eisr') {
    if (c.family === 'act') {
      if (head === '39') return undefined;
      if (!provisionFor(ACT_OF[regime], c) && !provisionFor(NUMBERING_TWIN[ACT_OF[regime]]!, c)) return undefined;
      const use = EQUIVALENTS[regime][head.toUpperCase()];
      return `This is an ${name} request, but ${c.label} is an exemption of the ${REGIME_LABELS[ACT_OF[regime]]}, which does not apply to environmental information. ${use ? `Use ${use}.` : 'Use the matching exception in the regulations.'}`;
    }
    const second = c.parts[1];
    const twinShape = regime === 'eir' ? head === '10' && (second === '4' || second === '5') : (head === '12' && (second === '4' || second === '5')) || (head === '13' && /personal/i.test(sentence));
    if (!twinShape) return undefined;
    const key = second && head !== '13' ? `${head}(${second})` : head;
    return `${cap(c.label)} is numbered as in the ${regime === 'eir' ? 'Scottish EISR' : 'EIR for England, Wales and Northern Ireland'}; under the ${name} use ${EQUIVALENTS[regime][key] ?? 'the matching regulation'}.`;
  }
  if (c.family === 'regulations') {
    if (ENVIRONMENTAL.test(a.text)) return undefined;
    return `This is a ${name} request, but it cites ${c.label}, which belongs to the environmental regulations. Cite the ${name} section, or if the information is environmental, handle that part under the regulations and say so.`;
  }
  const twin = NUMBERING_TWIN[regime];
  if (!twin) return undefined;
  const own = provisionFor(regime, c);
  const other = provisionFor(twin, c);
  if (!other || other.role !== 'exemption' || !other.topic.test(sentence) || own?.topic.test(sentence)) return undefined;
  const candidates = provisionsOf(regime).filter((p) => p.role === 'exemption' && p.topic.test(other.title));
  const right = candidates.find((p) => p.topic.test(sentence)) ?? candidates[0];
  const ownMeaning = own ? `in the ${name} section ${head.toUpperCase()} is ${own.title}` : `the ${name} has no exemption at section ${head.toUpperCase()}`;
  return `${cap(c.label)} (${other.title}) is ${REGIME_LABELS[twin]} numbering: ${ownMeaning}.${right ? ` The ${name} exemption for ${other.title} is section ${right.key}.` : ''}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
