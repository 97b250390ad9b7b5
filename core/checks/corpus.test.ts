import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFromSpec, type CaseSpec } from './caseSpec';
import { checkCase } from './checkCase';
import type { CheckPurpose } from './finding';
import { testContext } from './ruleHarness';
import type { Organisation } from '../model';

interface CorpusEntry {
  description: string;
  purpose?: CheckPurpose;
  today?: string;
  organisation?: Partial<Organisation>;
  case: CaseSpec;
  expected: { ruleId: string; questionNumber?: string }[];
}

const dir = new URL('./corpus/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const key = (f: { ruleId: string; questionNumber?: string }) => `${f.ruleId}|${f.questionNumber ?? ''}`;

describe('the response corpus', () => {
  it('has at least 30 responses, lawful ones among them', () => {
    const entries = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusEntry);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('finds what a careful reviewer would, and little else (precision and recall >= 0.95)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const file of files) {
      const entry = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusEntry;
      const c = caseFromSpec(entry.case);
      const actual = new Set(checkCase(c, testContext({ purpose: entry.purpose ?? 'send', organisation: entry.organisation, today: entry.today ?? '2024-06-30' })).map(key));
      const expected = new Set(entry.expected.map(key));
      for (const k of actual) (expected.has(k) ? tp++ : (fp++, misses.push(`${file}: unexpected ${k}`)));
      for (const k of expected) if (!actual.has(k)) (fn++, misses.push(`${file}: missed ${k}`));
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    console.log(`checks corpus: ${files.length} responses, ${tp} true positives, ${fp} false positives, ${fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (misses.length) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
