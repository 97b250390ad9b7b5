import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitRequestToJson } from './split-request';
import type { SplitResult } from './types';

// Each corpus case is a request an officer might paste (NN-name.txt) and the split an officer would want
// (NN-name.expected.json), written by hand. The whole corpus must pass: a regression in one numbering style
// shows up here as a named case.
const corpusDir = new URL('./corpus/', import.meta.url);
const requestFiles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

function load(name: string): { request: string; expected: SplitResult } {
  const request = readFileSync(new URL(name, corpusDir), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), corpusDir), 'utf8')) as SplitResult;
  return { request, expected };
}

describe('intake corpus', () => {
  it('has at least 45 hand-checked cases, each with its expected file', () => {
    expect(requestFiles.length).toBeGreaterThanOrEqual(45);
    const names = new Set(readdirSync(corpusDir));
    for (const name of requestFiles) expect(names.has(name.replace(/\.txt$/, '.expected.json'))).toBe(true);
  });

  it.each(requestFiles)('%s', (name) => {
    const { request, expected } = load(name);
    expect(splitRequestToJson(request)).toEqual(expected);
  });

  it('passes every case (pass rate reported)', () => {
    const failing = requestFiles.filter((name) => {
      const { request, expected } = load(name);
      return JSON.stringify(splitRequestToJson(request)) !== JSON.stringify(expected);
    });
    const passed = requestFiles.length - failing.length;
    const rate = ((passed / requestFiles.length) * 100).toFixed(1);
    console.log(`intake corpus: ${passed}/${requestFiles.length} passed (${rate}%)${failing.length ? `; failing: ${failing.join(', ')}` : ''}`);
    expect(failing).toEqual([]);
  });
});
