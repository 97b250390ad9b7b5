import { describe, expect, it } from 'vitest';
import { DISPOSITION_LABELS, type Answer, type RichNode } from '../model';
import { answerHasText, caseOutcome, dispositionLabel } from './outcome';
import fc from 'fast-check';
import { richToPlainText } from '../editor/plainText';

const para = (text?: string): RichNode => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const answer = (doc: RichNode, disposition: Answer['disposition'] = 'answered'): Answer => ({ id: 'a', covers: ['q'], doc, disposition, exemptions: [], redirectTo: '' });
const empty = answer({ type: 'doc', content: [para(), para('   '), para()] });
const written = answer({ type: 'doc', content: [para('We hold 12 vehicles.')] });

describe('an empty answer is not an answer', () => {
  it('reads whitespace and empty paragraphs as no text', () => {
    expect(answerHasText(empty)).toBe(false);
    expect(answerHasText(answer({ type: 'doc', content: [para('\u00a0')] }))).toBe(false);
    expect(answerHasText(written)).toBe(true);
  });

  it('a just-started answer leaves the case undecided, not granted in full', () => {
    expect(caseOutcome({ answers: [empty] })).toBe('undecided');
    expect(caseOutcome({ answers: [written, { ...empty, id: 'b', disposition: 'exempt' }] })).toBe('granted-in-full');
  });

  it('shows "Not yet answered" in place of the default disposition until the answer has words', () => {
    expect(dispositionLabel(empty, DISPOSITION_LABELS)).toBe('Not yet answered');
    expect(dispositionLabel(written, DISPOSITION_LABELS)).toBe('Answered');
    expect(dispositionLabel({ ...empty, disposition: 'covered' }, DISPOSITION_LABELS)).toBe('Covered by another answer');
  });
});

describe('answerHasText stops at the first word', () => {
  // Any mix of blocks, clauses, breaks, tables and whitespace: the same answer as writing the plain text out.
  const text = fc.constantFrom('', ' ', '\u00a0', '\n\t', 'x', ' 12 ');
  const leaf: fc.Arbitrary<RichNode> = fc.oneof(
    text.map((t) => ({ type: 'text', text: t })),
    fc.constant({ type: 'hardBreak' }),
    fc.oneof(text, fc.constant(undefined), fc.constant(3)).map((t) => ({ type: 'clause', attrs: t === undefined ? {} : { text: t } }) as RichNode),
  );
  const node: fc.Arbitrary<RichNode> = fc.letrec<{ n: RichNode }>((tie) => ({
    n: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.record({ type: fc.constantFrom('paragraph', 'bulletList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader', 'unknownNode'), content: fc.array(tie('n'), { maxLength: 4 }) })),
  })).n;
  it('agrees with the plain text', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (content) => {
        const doc: RichNode = { type: 'doc', content };
        expect(answerHasText({ doc })).toBe(richToPlainText(doc).trim() !== '');
      }),
      { numRuns: 500 },
    );
  });
});
