import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFromSpec, type CaseSpec } from './caseSpec';
import { checkCase } from './checkCase';
import type { CheckPurpose, Severity } from './finding';
import { testContext } from './ruleHarness';
import type { Organisation } from '../model';

interface CorpusEntry {
  description: string;
  purpose?: CheckPurpose;
  today?: string;
  organisation?: Partial<Organisation>;
  case: CaseSpec;
  /** A severity, where given, must match too: a lawful judgement call is a warning, never a block. */
  expected: { ruleId: string; questionNumber?: string; severity?: Severity }[];
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
    const perRule: Record<string, { tp: number; fp: number; fn: number }> = {};
    for (const file of files) {
      const entry = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusEntry;
      const c = caseFromSpec(entry.case);
      const actual = new Map<string, Set<Severity>>();
      for (const f of checkCase(c, testContext({ purpose: entry.purpose ?? 'send', organisation: entry.organisation, today: entry.today ?? '2024-06-30' }))) {
        actual.set(key(f), (actual.get(key(f)) ?? new Set<Severity>()).add(f.severity));
      }
      const expected = new Map(entry.expected.map((e) => [key(e), e.severity]));
      for (const [k, severities] of actual) {
        const rule = k.split('|')[0]!;
        const tally = (perRule[rule] ??= { tp: 0, fp: 0, fn: 0 });
        const want = expected.get(k);
        if (!expected.has(k)) {
          fp++;
          tally.fp++;
          misses.push(`${file}: unexpected ${k}`);
        } else if (want && !severities.has(want)) {
          // Raised at the wrong weight: a block where a warning was due cries wolf, and the reverse waves through.
          fp++;
          fn++;
          tally.fp++;
          tally.fn++;
          misses.push(`${file}: ${k} is ${[...severities].join('/')}, expected ${want}`);
        } else {
          tp++;
          tally.tp++;
        }
      }
      for (const k of expected.keys()) {
        if (actual.has(k)) continue;
        fn++;
        (perRule[k.split('|')[0]!] ??= { tp: 0, fp: 0, fn: 0 }).fn++;
        misses.push(`${file}: missed ${k}`);
      }
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    console.log(`checks corpus: ${files.length} responses, ${tp} true positives, ${fp} false positives, ${fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    for (const [rule, t] of Object.entries(perRule).sort()) {
      console.log(`  ${rule}: ${t.tp} found, ${t.fp} false, ${t.fn} missed; precision ${(t.tp / (t.tp + t.fp || 1)).toFixed(2)}, recall ${(t.tp / (t.tp + t.fn || 1)).toFixed(2)}`);
    }
    if (misses.length) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
