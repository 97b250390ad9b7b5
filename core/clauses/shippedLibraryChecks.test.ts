import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause, Regime } from './clauseSchema';
import { fillClause, type FillContext } from './fillClause';
import { loadClauseLibrary } from './loadClauseLibrary';
import { checkCase } from '../checks/checkCase';
import { caseFromSpec, type ClauseSpec } from '../checks/caseSpec';
import { testContext } from '../checks/ruleHarness';

// The checks must never cry wolf on the library's own wording: a shipped clause, filled in the way an
// officer would fill it and followed by its regime's closing paragraphs, is a lawful response, so it
// must draw no error before sending or publishing. A finding here is a false alarm in a rule (or a
// clause that really is unlawful): fix whichever is wrong, never this list.

const clauseDir = join(import.meta.dirname, '..', '..', 'templates', 'clauses');
const files = readdirSync(clauseDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: `templates/clauses/${name}`, text: readFileSync(join(clauseDir, name), 'utf8') }));
const clauses = loadClauseLibrary(files).clauses;
const byId = new Map(clauses.map((clause) => [clause.id, clause]));

const CLOSING: Record<Regime, string[]> = {
  foia: ['closing-foia-internal-review', 'closing-ico-complaint'],
  eir: ['closing-eir-reconsideration', 'closing-ico-complaint'],
  foisa: ['closing-foisa-review-sic'],
  eisr: ['closing-eisr-review-sic'],
};

const CONTEXT: FillContext = {
  org: { name: 'Exampleshire County Council', reviewAddress: 'foi@exampleshire.gov.uk', contactEmail: 'foi@exampleshire.gov.uk', costLimit: '£450', costHours: 18 },
  case: { ref: 'T1', received: '2024-05-01' },
};

/** What an officer types into each blank: a real reason, real factors, a real date and link. */
function valueFor(clause: Clause, name: string, type: string, choices?: string[]): string {
  if (choices) return choices[0] ?? '';
  if (type === 'date') return '2024-07-03';
  if (type === 'link') return 'https://www.exampleshire.gov.uk/open-data';
  if (type === 'number') return '30';
  if (name === 'factors_for') return 'There is a public interest in transparency and accountability for how public money is spent.';
  if (name === 'factors_against') return 'There is a strong public interest in maintaining the exemption so that the harm described above does not occur.';
  if (/^(?:exemptions?|exceptions)$/.test(name)) return clause.regimes.includes('eir') || clause.regimes.includes('eisr') ? 'regulation 12(5)(e)' : 'section 43(2)';
  return 'This is because disclosing these records would reveal commercially sensitive pricing to competitors in a live tender.';
}

function filled(id: string): ClauseSpec {
  const clause = byId.get(id);
  if (!clause) throw new Error(`the shipped library has no clause "${id}"`);
  const values: Record<string, string> = {};
  for (const variable of clause.variables) {
    values[variable.name] = variable.default !== undefined ? String(variable.default) : valueFor(clause, variable.name, variable.type, variable.choices);
  }
  return { clause: id, kind: clause.kind, section: clause.section ?? '', text: fillClause(clause, values, CONTEXT).text, values };
}

const refusing = clauses.filter((clause) => !['closing', 'redirect'].includes(clause.kind));

describe('the shipped clauses against the pre-send and publication checks', () => {
  it('covers every refusal, NCND, cost, vexatious, not-held and opening clause', () => {
    expect(refusing.length).toBeGreaterThan(100);
  });

  for (const clause of refusing) {
    it(`${clause.id}: filled as an officer would, draws no error`, () => {
      const regime = clause.regimes[0] ?? 'foia';
      const cites = clause.section !== undefined && ['exemption', 'ncnd'].includes(clause.kind);
      const c = caseFromSpec({
        ref: 'T1',
        regime,
        received: '2024-05-01',
        sent: '2024-05-20',
        questions: ['1'],
        answers: [{ covers: ['1'], exemptions: cites && clause.section ? [clause.section] : [], disposition: cites ? 'exempt' : clause.kind === 'not-held' ? 'not-held' : 'answered', blocks: [filled(clause.id), ...CLOSING[regime].map(filled)] }],
      });
      for (const purpose of ['send', 'publish'] as const) {
        const errors = checkCase(c, testContext({ purpose })).filter((finding) => finding.severity === 'error');
        expect(errors.map((finding) => `${purpose} ${finding.ruleId}: ${finding.message}`)).toEqual([]);
      }
    });
  }
});
