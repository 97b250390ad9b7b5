import { describe, expect, it } from 'vitest';
import type { RichNode } from '../model/richText';
import { citedInDoc, mergeCitedSections, normaliseCitation, withCitedSections } from './citedInDoc';

const clause = (clauseId: string, kind: string, section: string): RichNode => ({
  type: 'clause',
  attrs: { clauseId, version: 1, title: clauseId, kind, section, values: {}, text: 'x', missing: [] },
});
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('normaliseCitation', () => {
  it('reads the forms officers and clauses write', () => {
    expect(normaliseCitation('31(1)(a)')).toBe('s31(1)(a)');
    expect(normaliseCitation('s.31(1)(a)')).toBe('s31(1)(a)');
    expect(normaliseCitation('40(5B)')).toBe('s40(5B)');
    expect(normaliseCitation('22A')).toBe('s22A');
    expect(normaliseCitation('reg 12(5)(e)')).toBe('reg 12(5)(e)');
  });

  it('reads a bare section of an EIR clause as a regulation', () => {
    expect(normaliseCitation('12(5)(e)', 'eir-reg-12-5-e')).toBe('reg 12(5)(e)');
    expect(normaliseCitation('13', 'eisr-reg-11-2')).toBe('reg 13');
  });

  it('refuses what is not a section', () => {
    expect(normaliseCitation('')).toBeUndefined();
    expect(normaliseCitation('law enforcement')).toBeUndefined();
  });
});

describe('citedInDoc', () => {
  it('lists refusal clauses in order, once each, skipping redirects and closings', () => {
    const d = doc(
      para('Some of the information is withheld.'),
      clause('foia-s31-1-a', 'exemption', 's31(1)(a)'),
      clause('foia-redirect-police', 'redirect', ''),
      clause('foia-s40-2', 'exemption', '40(2)'),
      clause('foia-s31-1-a', 'exemption', '31(1)(a)'),
      clause('foia-s12', 'cost', '12'),
      clause('closing-foia-internal-review', 'closing', ''),
      clause('foia-not-held', 'not-held', '1(1)(a)'),
    );
    expect(citedInDoc(d)).toEqual(['s31(1)(a)', 's40(2)', 's12']);
  });

  it('finds clauses inside lists and tables', () => {
    const d = doc({ type: 'bulletList', content: [{ type: 'listItem', content: [clause('foia-s31-3', 'ncnd', '31(3)')] }] });
    expect(citedInDoc(d)).toEqual(['s31(3)']);
  });
});

describe('mergeCitedSections', () => {
  const empty = doc(para(''));
  const with31 = doc(clause('foia-s31-1-a', 'exemption', 's31(1)(a)'));

  it('adds the section of a new clause and keeps sections typed by hand', () => {
    expect(mergeCitedSections(['s43(2)'], empty, with31)).toEqual({ exemptions: ['s43(2)', 's31(1)(a)'], added: true });
  });

  it('does not repeat a section already typed in another form', () => {
    expect(mergeCitedSections(['S31(1)(a)'], empty, with31)).toEqual({ exemptions: ['S31(1)(a)'], added: true });
  });

  it('drops the section of a deleted clause but not one the officer typed', () => {
    expect(mergeCitedSections(['s31(1)(a)', 's43(2)'], with31, empty)).toEqual({ exemptions: ['s43(2)'], added: false });
  });

  it('changes nothing when the text changed around the clause', () => {
    const typed = doc(para('Further to your request'), clause('foia-s31-1-a', 'exemption', 's31(1)(a)'));
    expect(mergeCitedSections(['s31(1)(a)'], with31, typed)).toEqual({ exemptions: ['s31(1)(a)'], added: false });
  });
});

describe('withCitedSections', () => {
  const empty = doc(para(''));
  const with31 = doc(clause('foia-s31-1-a', 'exemption', 's31(1)(a)'));
  const answer = { doc: empty, exemptions: [] as string[], disposition: 'answered' };

  it('marks an answered answer exempt when an exemption clause arrives', () => {
    expect(withCitedSections(answer, { ...answer, doc: with31 })).toEqual({ doc: with31, exemptions: ['s31(1)(a)'], disposition: 'exempt' });
  });

  it('leaves a partly answered answer as it is, and returns the same object when nothing changed', () => {
    expect(withCitedSections({ ...answer, disposition: 'partly-answered' }, { ...answer, doc: with31, disposition: 'partly-answered' }).disposition).toBe('partly-answered');
    const typed = { ...answer, doc: doc(para('We hold it.')) };
    expect(withCitedSections(answer, typed)).toBe(typed);
  });

  it('does not mark an answer exempt for a redirect', () => {
    const redirect = doc(clause('redirect-all-police-forces', 'redirect', ''));
    expect(withCitedSections(answer, { ...answer, doc: redirect }).disposition).toBe('answered');
  });
});
