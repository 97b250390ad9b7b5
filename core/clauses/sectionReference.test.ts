import { describe, expect, it } from 'vitest';
import { citedSection, citeSection, parseSectionQuery, sectionParts } from './sectionReference';

describe('citedSection', () => {
  it('cites Acts with "s" and regulations with "reg"', () => {
    expect(citedSection({ section: '31(1)(a)', regimes: ['foia'] })).toBe('s31(1)(a)');
    expect(citedSection({ section: '12(5)(e)', regimes: ['eir'] })).toBe('reg 12(5)(e)');
    expect(citedSection({ section: '40(5B)', regimes: ['foia'] })).toBe('s40(5B)');
    expect(citedSection({ section: '22A(1)', regimes: ['foia'] })).toBe('s22A(1)');
    expect(citedSection({ section: '30(b)(i)', regimes: ['foisa'] })).toBe('s30(b)(i)');
    expect(citedSection({ section: undefined, regimes: ['foia'] })).toBeUndefined();
  });

  it('normalises the way officers type sections', () => {
    expect(citeSection('40 (5b)', 'foia')).toBe('s40(5B)');
    expect(sectionParts('36(2)(b)(i)')).toEqual(['36', '2', 'b', 'i']);
  });
});

describe('parseSectionQuery', () => {
  it.each([
    ['31', { parts: ['31'] }],
    ['s31', { family: 'act', parts: ['31'] }],
    ['s.31(1)(a)', { family: 'act', parts: ['31', '1', 'a'], open: false }],
    ['31 1 a', { parts: ['31', '1', 'a'] }],
    ['section 40 2', { family: 'act', parts: ['40', '2'] }],
    ['reg 13', { family: 'regulations', parts: ['13'] }],
    ['regulation 12(5)(e)', { family: 'regulations', parts: ['12', '5', 'e'] }],
    ['36 2 b ii', { parts: ['36', '2', 'b', 'ii'] }],
    ['31(1', { parts: ['31', '1'], open: true }],
    ['40 personal data', { parts: ['40'], rest: ['personal', 'data'], open: false }],
  ] as const)('%s', (query, expected) => {
    expect(parseSectionQuery(query)).toMatchObject(expected);
  });

  it('does not treat words as sections', () => {
    expect(parseSectionQuery('exemption')).toBeUndefined();
    expect(parseSectionQuery('safety')).toBeUndefined();
  });
});
