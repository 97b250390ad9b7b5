import { describe, expect, it } from 'vitest';
import { linkBareAddresses, splitBareLinks } from './bareLinks';

describe('bare addresses', () => {
  it.each([
    ['See https://ico.org.uk/make-a-complaint/ for details.', 'https://ico.org.uk/make-a-complaint/', 'https://ico.org.uk/make-a-complaint/'],
    ['Visit www.example.gov.uk/foi.', 'www.example.gov.uk/foi', 'https://www.example.gov.uk/foi'],
    ['Write to foi@example.gov.uk, quoting the reference.', 'foi@example.gov.uk', 'mailto:foi@example.gov.uk'],
    ['(see https://en.wikipedia.org/wiki/Act_(law))', 'https://en.wikipedia.org/wiki/Act_(law)', 'https://en.wikipedia.org/wiki/Act_(law)'],
    ['(https://www.foi.scot/appeal)', 'https://www.foi.scot/appeal', 'https://www.foi.scot/appeal'],
  ])('%s', (text, address, href) => {
    const pieces = splitBareLinks(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.href)).toEqual([{ text: address, href }]);
  });
  it('leaves words, version numbers and sentences without a space alone', () => {
    expect(splitBareLinks('Version 2.1 was used. The end.Next').every((p) => p.href === null)).toBe(true);
  });
  it('keeps the marks of the text it links, and leaves a link the officer made alone', () => {
    const bold = { type: 'text', text: 'Email foi@x.gov.uk now', marks: [{ type: 'bold' }] };
    expect(linkBareAddresses(bold)[1]).toEqual({ type: 'text', text: 'foi@x.gov.uk', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'mailto:foi@x.gov.uk' } }] });
    const linked = { type: 'text', text: 'https://a.org', marks: [{ type: 'link', attrs: { href: 'https://b.org' } }] };
    expect(linkBareAddresses(linked)).toEqual([linked]);
  });
});
