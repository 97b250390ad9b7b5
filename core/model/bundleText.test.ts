import { describe, expect, it } from 'vitest';
import { findLoneSurrogate, parseBundleText } from './bundleText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseBundleText', () => {
  it('accepts a file that starts with a UTF-8 byte order mark, as Windows tools write', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"format":"disclosure-desk/1","cases":[]}')]);
    expect(parseBundleText(bytes, 'month.json')).toEqual({ format: 'disclosure-desk/1', cases: [] });
  });

  it('refuses bytes that are not UTF-8 instead of changing them', () => {
    // "café" in Windows-1252: the é is 0xE9, which is not UTF-8.
    const bytes = new Uint8Array([...utf8('{"title":"caf'), 0xe9, ...utf8('"}')]);
    expect(() => parseBundleText(bytes, 'month.json')).toThrow(/month.json is not UTF-8 text/);
  });

  it('names the file when the JSON is broken', () => {
    expect(() => parseBundleText(utf8('{"cases": ['), 'month.json')).toThrow(/month.json could not be read as JSON/);
  });
});

describe('findLoneSurrogate', () => {
  it('finds half a surrogate pair and gives its JSON path', () => {
    const bundle = JSON.parse('{"cases":[{"title":"ok"},{"answers":[{"html":"<p>x\\ud83d</p>"}]}]}');
    expect(findLoneSurrogate(bundle)).toBe('cases[1].answers[0].html');
    expect(findLoneSurrogate(JSON.parse('{"a":"\\udc00 low first"}'))).toBe('a');
  });

  it('passes whole pairs (emoji) and ordinary text', () => {
    expect(findLoneSurrogate({ title: 'Parking 🚗 permits', list: ['é', 'ß'] })).toBeNull();
  });
});
